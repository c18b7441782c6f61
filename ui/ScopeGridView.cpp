#include "ScopeGridView.h"

#include "AccessDelegate.h"
#include "TargetsDelegate.h"

#include <QHeaderView>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ScopeGridView::ScopeGridView(QWidget *parent)
    : QTableView(parent)
    , m_model(new ScopeGridModel(this))
    , m_accessDelegate(new AccessDelegate(this))
    , m_targetsDelegate(new TargetsDelegate(this))
{
    setObjectName(u"scopeGrid"_s);
    setAccessibleName(tr("Scopes"));
    m_model->setReadOnly(true);
    setModel(m_model);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
}

void ScopeGridView::setKey(const ApiKey &key)
{
    m_model->setKey(key);
}

void ScopeGridView::setEditable(bool editable)
{
    m_model->setReadOnly(!editable);
    setItemDelegateForColumn(ScopeGridModel::AccessColumn, editable ? m_accessDelegate : nullptr);
    setItemDelegateForColumn(ScopeGridModel::TargetsColumn, editable ? m_targetsDelegate : nullptr);
    // F2, Return (via the view's edit key), double-click and typing start an edit; the grid
    // is fully usable from the keyboard.
    setEditTriggers(editable
                        ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                        : QAbstractItemView::NoEditTriggers);
    setAccessibleDescription(editable
                                 ? tr("Arrow keys move, F2 or Space edits the access or targets of "
                                      "a resource. Locked rows cannot be set via the API.")
                                 : QString());
}

void ScopeGridView::commitOpenEditor()
{
    if (state() == QAbstractItemView::EditingState)
        setFocus();
}

bool ScopeGridView::isEditable() const
{
    return !m_model->isReadOnly();
}

void ScopeGridView::showEvent(QShowEvent *event)
{
    // Rows and the first two columns fit their contents. Set when first shown, not when
    // built: the details pane builds its grid hidden at start-up, and measuring all nine rows
    // there cost about 1 ms before the window's first paint.
    if (!m_fittedToContents) {
        m_fittedToContents = true;
        verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(ScopeGridModel::ResourceColumn,
                                                 QHeaderView::ResizeToContents);
        horizontalHeader()->setSectionResizeMode(ScopeGridModel::AccessColumn,
                                                 QHeaderView::ResizeToContents);
    }
    QTableView::showEvent(event);
}

QSize ScopeGridView::sizeHint() const
{
    // Show every row without scrolling where there is room.
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += std::max(sizeHintForRow(row), verticalHeader()->minimumSectionSize());
    return {QTableView::sizeHint().width(), height};
}

} // namespace discue

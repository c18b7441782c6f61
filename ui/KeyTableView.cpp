#include "KeyTableView.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace discue {

KeyTableView::KeyTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"keyTable"_s);
    setAccessibleName(tr("API keys"));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Dense rows, as in KeePassXC.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &KeyTableView::showHeaderMenu);
}

void KeyTableView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

QString KeyTableView::visibleEmptyText() const
{
    return model() && model()->rowCount() > 0 ? QString() : m_emptyText;
}

QString KeyTableView::headerStateKey()
{
    return u"mainWindow/keyTableHeader"_s;
}

void KeyTableView::restoreColumns(QSettings *settings)
{
    const QByteArray state = settings->value(headerStateKey()).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void KeyTableView::saveColumns(QSettings *settings) const
{
    settings->setValue(headerStateKey(), horizontalHeader()->saveState());
}

void KeyTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = visibleEmptyText();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
}

void KeyTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int section = 0; section < model()->columnCount(); ++section) {
        QAction *action = menu.addAction(model()->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        // The last visible column cannot be hidden: an empty table would look broken.
        action->setEnabled(header->isSectionHidden(section) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
                [header, section](bool shown) { header->setSectionHidden(section, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

} // namespace discue

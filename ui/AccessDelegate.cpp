#include "AccessDelegate.h"

#include "ScopeGridModel.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace discue {

AccessDelegate::AccessDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *AccessDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("accessEditor"));
    for (Access access : {Access::None, Access::Read, Access::Write})
        combo->addItem(ScopeGridModel::accessText(access), int(access));
    combo->setAccessibleName(
        tr("Access to %1").arg(index.data(ScopeGridModel::ResourceNameRole).toString()));
    combo->setToolTip(tr("Write includes read."));
    // Commit on every choice, so that the findings and the review follow at once. Index -1
    // comes from the combo's own teardown and is no choice.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo](int choice) {
        if (choice < 0)
            return;
        auto *self = const_cast<AccessDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void AccessDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // Loading what the model has is no choice of the user's: nothing to commit.
    const QSignalBlocker blocker(combo);
    const int found = combo->findData(index.data(ScopeGridModel::AccessRole).toInt());
    combo->setCurrentIndex(found < 0 ? 0 : found);
}

void AccessDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

void AccessDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace discue

#include "AccessDelegate.h"

#include "ScopeGridModel.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>

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

QSize AccessDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    int widest = 0;
    for (Access access : {Access::None, Access::Read, Access::Write})
        widest = std::max(widest,
                          option.fontMetrics.horizontalAdvance(ScopeGridModel::accessText(access)));
    // What QComboBox asks the style for around its longest entry.
    QStyleOptionComboBox combo;
    if (option.widget)
        combo.initFrom(option.widget);
    combo.fontMetrics = option.fontMetrics;
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const QSize needed = style->sizeFromContents(
        QStyle::CT_ComboBox, &combo, QSize(widest, option.fontMetrics.height()), option.widget);
    size.setWidth(std::max(size.width(), needed.width()));
    return size;
}

void AccessDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                          const QModelIndex &) const
{
    editor->setGeometry(option.rect);
}

} // namespace discue

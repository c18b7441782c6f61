#include "TargetsDelegate.h"

#include "ScopeGridModel.h"
#include "TargetsDelegateEditor.h"

#include <QAbstractItemView>

#include <algorithm>

namespace discue {

TargetsDelegate::TargetsDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *TargetsDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *editor = new TargetsDelegateEditor(parent);
    editor->setAccessibleName(
        tr("Targets of %1").arg(index.data(ScopeGridModel::ResourceNameRole).toString()));
    connect(editor, &TargetsDelegateEditor::commitRequested, this, [this, editor] {
        auto *self = const_cast<TargetsDelegate *>(this);
        Q_EMIT self->commitData(editor);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::SubmitModelCache);
    });
    connect(editor, &TargetsDelegateEditor::cancelRequested, this, [this, editor] {
        auto *self = const_cast<TargetsDelegate *>(this);
        Q_EMIT self->closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
    });
    return editor;
}

void TargetsDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *targetsEditor = static_cast<TargetsDelegateEditor *>(editor);
    // Only on opening: the model is re-read on every commit, which must not move the cursor
    // while the user types.
    if (targetsEditor->property("loaded").toBool())
        return;
    targetsEditor->setTargets(index.data(ScopeGridModel::TargetsRole).toStringList());
    targetsEditor->setProperty("loaded", true);
}

void TargetsDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    auto *targetsEditor = static_cast<TargetsDelegateEditor *>(editor);
    model->setData(index, targetsEditor->targets(), Qt::EditRole);
}

void TargetsDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                           const QModelIndex &) const
{
    QRect rect = option.rect;
    rect.setHeight(std::max(rect.height(), editor->sizeHint().height()));
    // Keep the editor inside the viewport: open upwards near the bottom.
    if (const QWidget *viewport = editor->parentWidget()) {
        if (rect.bottom() > viewport->height() && rect.height() < viewport->height())
            rect.moveBottom(viewport->height() - 1);
    }
    editor->setGeometry(rect);
}

} // namespace discue

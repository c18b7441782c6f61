// TargetsDelegate: edits a scope's targets in the scope grid with a TargetsEditor ("All (*)"
// or ids typed comma/space/newline separated, each checked as a ResourceId while typing).
#pragma once

#include <QStyledItemDelegate>

namespace discue {

class TargetsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TargetsDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    // The editor is taller than the row: ids wrap onto several lines and the inline message
    // needs a line of its own.
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
};

} // namespace discue

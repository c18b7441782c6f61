// AccessDelegate: edits a scope's access (None / Read / Write) in the scope grid with a combo
// box, committing as soon as an entry is chosen so the findings update while the user works.
#pragma once

#include <QStyledItemDelegate>

namespace discue {

class AccessDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AccessDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // As wide as the combo box needs for "Write": the column fits itself to this, and the
    // text's own width left the open editor showing "Writ".
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace discue

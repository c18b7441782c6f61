// KeyEditorFindingList: the key editor's list of ScopePolicy findings under the grid - one
// line per problem with its severity's icon and colour. Activating a line (Return or
// double-click) asks the editor to go where the problem is.
#pragma once

#include "ScopePolicy.h"

#include <QListWidget>

namespace discue {

class ScopeGridModel;

class KeyEditorFindingList : public QListWidget
{
    Q_OBJECT

public:
    explicit KeyEditorFindingList(QWidget *parent = nullptr);

    // grid: to find the row a scope finding belongs to.
    void setFindings(const QList<PolicyFinding> &findings, const ScopeGridModel *grid);

    // Message colours that keep their contrast on light and dark palettes.
    static QColor severityColour(Severity severity, const QPalette &palette);

Q_SIGNALS:
    // row -1: the name field; otherwise a grid row and the column to edit.
    void findingActivated(int row, int column);
};

} // namespace discue

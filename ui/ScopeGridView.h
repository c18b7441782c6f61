// ScopeGridView: a QTableView over its own ScopeGridModel. Read-only by default (the details
// pane); setEditable(true) installs the Access and Targets delegates for the key editor.
#pragma once

#include "ScopeGridModel.h"

#include <QTableView>

namespace discue {

class AccessDelegate;
class TargetsDelegate;

class ScopeGridView : public QTableView
{
    Q_OBJECT

public:
    explicit ScopeGridView(QWidget *parent = nullptr);

    void setKey(const ApiKey &key);
    void setEditable(bool editable);
    bool isEditable() const;
    ScopeGridModel *gridModel() const { return m_model; }
    // Commits and closes a cell editor that is still open (by taking the focus from it).
    void commitOpenEditor();

    QSize sizeHint() const override;

protected:
    // Fits rows and the first two columns to their contents on the first show; until then
    // columnWidth() answers the header's default.
    void showEvent(QShowEvent *event) override;

private:
    ScopeGridModel *m_model = nullptr;
    AccessDelegate *m_accessDelegate = nullptr;
    TargetsDelegate *m_targetsDelegate = nullptr;
    bool m_fittedToContents = false;
};

} // namespace discue

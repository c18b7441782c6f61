// KeyDetailsPane: everything about the selected key - name, id, status, key prefix with a
// copy button, exact timestamps, and its scopes read-only in the editor's grid.
#pragma once

#include "ApiKey.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace discue {

class ScopeGridView;

class KeyDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDetailsPane(QWidget *parent = nullptr);

    // nullopt: nothing (or several keys) selected. relativeLastUse: e.g. "2 hours ago".
    void showKey(const std::optional<ApiKey> &key, const QString &relativeLastUse = {},
                 bool isOwnKey = false);
    void showSelectionCount(int count);
    std::optional<ApiKey> shownKey() const { return m_key; }
    QString fieldText(const QString &objectName) const;

private:
    QWidget *keyPage(); // built on first use
    QLabel *addField(QFormLayout *form, const QString &label, const QString &objectName);
    void copyPrefix();

    std::optional<ApiKey> m_key;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_ownKey = nullptr;
    QLabel *m_id = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_prefix = nullptr;
    QToolButton *m_copyPrefix = nullptr;
    QLabel *m_lastUsed = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_updated = nullptr;
    ScopeGridView *m_grid = nullptr;
};

} // namespace discue

// ScopeGridModel: the scope editor's grid - one row per resource, the nine known ones in the
// API's order, then a row for every scope of a resource this build does not know. Protected
// rows (api_clients, api_keys, subscriptions) and unknown rows are read-only and keep what the
// key had; the API can neither grant nor revoke them. ScopePolicy findings are attached to the
// row they concern so the view can show problems where they are, while the user edits.
#pragma once

#include "ScopePolicy.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace discue {

class ScopeGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ResourceColumn,
        AccessColumn,
        TargetsColumn,
        ColumnCount
    };

    enum Role
    {
        ResourceRole = Qt::UserRole + 1, // int(Resource); Unknown for unknown rows
        ResourceNameRole,                // QString, the wire name
        AccessRole,                      // int(Access); also Qt::EditRole of AccessColumn
        TargetsRole,                     // QStringList as typed; also Qt::EditRole of TargetsColumn
        ProtectedRole,                   // bool: a protected resource (locked)
        EditableRow,                     // bool: the row can be changed (not read-only, not locked)
        FindingTextRole,                 // QString: the row's finding messages, one per line
        FindingSeverityRole,             // int(Severity) of the worst finding, -1 when none
    };

    explicit ScopeGridModel(QObject *parent = nullptr);

    // Shows the key's scopes; they become the "original" that scopes() is compared with and
    // that protected and unknown rows keep. An ApiKey{} gives an empty grid for creating.
    void setKey(const ApiKey &key);
    // The edited scopes: one per row with an access, in grid order; protected and unknown
    // scopes exactly as the key had them.
    QList<ApiKeyScope> scopes() const;
    const QList<ApiKeyScope> &originalScopes() const { return m_original; }
    // The settable scopes differ from the original (order does not matter).
    bool isModified() const;

    // Read-only grid for the details pane: nothing is editable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // ScopePolicy::checkScopes(scopes(), originalScopes()), as of the last edit.
    const QList<PolicyFinding> &findings() const { return m_findings; }
    // The findings that concern one row.
    QList<PolicyFinding> findingsForRow(int row) const;
    // The row of a resource (known) or of a wire name (unknown); -1 when absent.
    int rowOf(Resource resource) const;
    int rowOfName(const QString &resourceName) const;

    // Typed text -> targets: split on commas, spaces and newlines, empty pieces dropped,
    // order and duplicates kept (so that ScopePolicy can flag them).
    static QStringList parseTargets(QStringView text);
    // Targets -> text for editing: "*" or the ids separated by ", ".
    static QString targetsEditText(const QStringList &targets);
    // What a resource covers, one translated sentence (the Resource column's tooltip).
    static QString resourceDescription(Resource resource);
    static QString accessText(Access access); // translated "None", "Read", "Write"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An edit changed the scopes (after the findings were recomputed).
    void scopesEdited();

private:
    struct Row
    {
        Resource resource = Resource::Unknown;
        QString resourceName;
        Access access = Access::None;
        QStringList targets;
        bool locked = false; // protected or unknown: kept as the key had it
    };

    bool isOwnIndex(const QModelIndex &index) const;
    bool isRowEditable(int row) const;
    void recheck();
    QVariant displayData(const Row &row, int column) const;
    QVariant toolTipData(int rowIndex, int column) const;

    QList<Row> m_rows;
    QList<ApiKeyScope> m_original;
    QList<PolicyFinding> m_findings;
    bool m_readOnly = false;
    mutable QIcon m_lockIcon; // made on first use: needs a QGuiApplication
};

} // namespace discue

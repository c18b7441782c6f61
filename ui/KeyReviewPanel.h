// KeyReviewPanel: the key editor's review step - the exact JSON body that will go out, the
// fields that change (before and after), and, when the scopes of a key carrying protected
// scopes change, a warning that must be acknowledged: what the real service does with them on
// a PUT is undocumented.
#pragma once

#include "ApiKey.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QTreeWidget;

namespace discue {

class KeyReviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KeyReviewPanel(QWidget *parent = nullptr);

    // before: nullptr when creating. body: nullopt when nothing changed.
    void setReview(const ApiKey *before, const ApiKey &after,
                   const std::optional<QByteArray> &body);

    QString bodyText() const;
    // Rows of the before/after table: field, before, after.
    int changeCount() const;
    bool needsAcknowledgement() const;
    bool isAcknowledged() const;
    QCheckBox *acknowledgeCheckBox() const { return m_acknowledge; }

Q_SIGNALS:
    void acknowledgementChanged();

private:
    QLabel *m_summary = nullptr;
    QTreeWidget *m_changes = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_protectedWarning = nullptr;
    QCheckBox *m_acknowledge = nullptr;
};

} // namespace discue

// ResponseDialogDetails: the response dialog's collapsible details - the request as sent
// (line, headers with credentials redacted, body), the response headers, and the response
// body pretty-printed or raw.
#pragma once

#include "ApiExchange.h"

#include <QTabWidget>

class QCheckBox;
class QPlainTextEdit;

namespace discue {

class ResponseDialogDetails : public QTabWidget
{
    Q_OBJECT

public:
    explicit ResponseDialogDetails(QWidget *parent = nullptr);

    void setExchange(const ApiExchange &exchange);
    void setPrettyBody(bool pretty);
    QString shownResponseBody() const;

private:
    void showBody();

    ApiExchange m_exchange;
    QPlainTextEdit *m_requestText = nullptr;
    QPlainTextEdit *m_responseHeadersText = nullptr;
    QPlainTextEdit *m_responseBodyText = nullptr;
    QCheckBox *m_prettyCheck = nullptr;
};

} // namespace discue

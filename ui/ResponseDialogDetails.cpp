#include "ResponseDialogDetails.h"

#include "ResponseDialogFormat.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

QPlainTextEdit *makeTextView(const QString &objectName, const QString &accessibleName,
                             QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTabChangesFocus(true);
    return view;
}

} // namespace

ResponseDialogDetails::ResponseDialogDetails(QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(u"detailsTabs"_s);
    m_requestText = makeTextView(u"requestText"_s, tr("Request"), this);
    addTab(m_requestText, tr("Request"));
    m_responseHeadersText = makeTextView(u"responseHeadersText"_s, tr("Response headers"), this);
    addTab(m_responseHeadersText, tr("Response headers"));

    auto *bodyPage = new QWidget(this);
    auto *bodyLayout = new QVBoxLayout(bodyPage);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_prettyCheck = new QCheckBox(tr("&Pretty"), bodyPage);
    m_prettyCheck->setObjectName(u"prettyCheck"_s);
    m_prettyCheck->setAccessibleName(tr("Indent the response body"));
    m_prettyCheck->setChecked(true);
    m_responseBodyText = makeTextView(u"responseBodyText"_s, tr("Response body"), bodyPage);
    bodyLayout->addWidget(m_prettyCheck);
    bodyLayout->addWidget(m_responseBodyText);
    addTab(bodyPage, tr("Response body"));

    connect(m_prettyCheck, &QCheckBox::toggled, this, &ResponseDialogDetails::showBody);
}

void ResponseDialogDetails::setExchange(const ApiExchange &exchange)
{
    m_exchange = exchange;
    m_requestText->setPlainText(ResponseDialogFormat::requestText(exchange));
    m_responseHeadersText->setPlainText(
        exchange.gotResponse() ? QString::number(exchange.httpStatus) + u' ' +
                                     QString::fromLatin1(exchange.reasonPhrase) + u'\n' +
                                     ResponseDialogFormat::headerBlock(exchange.responseHeaders)
                               : tr("No response."));
    showBody();
}

void ResponseDialogDetails::setPrettyBody(bool pretty)
{
    m_prettyCheck->setChecked(pretty);
    showBody();
}

void ResponseDialogDetails::showBody()
{
    m_responseBodyText->setPlainText(m_prettyCheck->isChecked()
                                         ? ResponseDialogFormat::prettyJson(m_exchange.responseBody)
                                         : QString::fromUtf8(m_exchange.responseBody));
}

QString ResponseDialogDetails::shownResponseBody() const
{
    return m_responseBodyText->toPlainText();
}

} // namespace discue

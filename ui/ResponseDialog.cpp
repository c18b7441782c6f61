#include "ResponseDialog.h"

#include "ApiCall.h"
#include "ResponseDecoder.h"
#include "ResponseDialogDetails.h"
#include "ResponseDialogFormat.h"
#include "StatusCatalogue.h"
#include "UiLogging.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

// Background and text of the status strip per class. The strip carries both colours, so
// it reads the same on light and dark palettes; each pair has a contrast of at least 4.5:1.
struct StripColours
{
    QColor background;
    QColor text;
};

StripColours stripColours(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success:
        return {QColor(0x1b, 0x5e, 0x20), Qt::white};
    case StatusClass::ClientError:
        return {QColor(0xff, 0xb3, 0x00), Qt::black};
    case StatusClass::ServerError:
        return {QColor(0xb7, 0x1c, 0x1c), Qt::white};
    case StatusClass::NoResponse:
    case StatusClass::Other:
        break;
    }
    return {QColor(0x55, 0x5b, 0x61), Qt::white};
}

QLabel *makeSentence(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

QString ResponseDialog::hideSuccessKey()
{
    return u"ui/responseDialog/hideSuccessful"_s;
}

bool ResponseDialog::hidesSuccessfulResponses(QSettings *settings)
{
    return settings && settings->value(hideSuccessKey(), false).toBool();
}

ResponseDialog::ResponseDialog(ApiCall *call, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_call(call)
    , m_operation(call->operation())
{
    buildUi();
    if (call->isFinished()) {
        // Too late for its signal: show what the call recorded.
        showExchange(call->exchange(), QString());
        return;
    }
    showSending(m_operation);
    connect(call, &ApiCall::retryScheduled, this, &ResponseDialog::showRetryWait);
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_call.clear();
        showResult(result);
        if (result.isSuccess() && hidesSuccessfulResponses(m_settings))
            accept();
    });
}

ResponseDialog::ResponseDialog(const ApiExchange &exchange, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_operation(exchange.operation)
{
    buildUi();
    // Built from a recorded exchange (a failed list, the journal): its error body is read
    // again, so that the server's own words show here as for a request just answered.
    ApiResult result;
    result.exchange = exchange;
    if (exchange.gotResponse() && (exchange.httpStatus < 200 || exchange.httpStatus >= 300))
        ResponseDecoder::decode(result);
    showExchange(exchange, serverMessageFor(result));
}

ResponseDialog::~ResponseDialog() = default;

void ResponseDialog::buildUi()
{
    setObjectName(u"responseDialog"_s);
    setWindowTitle(tr("Response: %1").arg(operationName(m_operation)));
    auto *layout = new QVBoxLayout(this);

    m_strip = new QLabel(this);
    m_strip->setObjectName(u"statusStrip"_s);
    m_strip->setAutoFillBackground(true);
    m_strip->setTextFormat(Qt::PlainText);
    m_strip->setMargin(8);
    QFont stripFont = m_strip->font();
    stripFont.setBold(true);
    stripFont.setPointSizeF(stripFont.pointSizeF() * 1.25);
    m_strip->setFont(stripFont);
    m_strip->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_strip);

    m_metrics = makeSentence(u"metricsLabel"_s, this);
    layout->addWidget(m_metrics);
    m_meaning = makeSentence(u"meaningLabel"_s, this);
    layout->addWidget(m_meaning);
    m_advice = makeSentence(u"adviceLabel"_s, this);
    QFont adviceFont = m_advice->font();
    adviceFont.setBold(true);
    m_advice->setFont(adviceFont);
    layout->addWidget(m_advice);
    m_serverMessage = makeSentence(u"serverMessageLabel"_s, this);
    layout->addWidget(m_serverMessage);
    m_countdown = makeSentence(u"countdownLabel"_s, this);
    m_countdown->setAccessibleName(tr("Retry countdown"));
    layout->addWidget(m_countdown);

    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setObjectName(u"detailsToggle"_s);
    m_detailsToggle->setText(tr("&Details"));
    m_detailsToggle->setAccessibleName(tr("Show request and response details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsToggle->setAutoRaise(true);
    m_curlButton = new QPushButton(tr("Copy as c&url"), this);
    m_curlButton->setObjectName(u"copyCurlButton"_s);
    m_curlButton->setAccessibleName(tr("Copy the request as a curl command, key redacted"));
    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_detailsToggle);
    detailsRow->addStretch(1);
    detailsRow->addWidget(m_curlButton);
    layout->addLayout(detailsRow);

    m_details = new ResponseDialogDetails(this);
    m_details->setVisible(false);
    layout->addWidget(m_details, 1);

    m_hideSuccessCheck = new QCheckBox(tr("Do&n't show for successful requests"), this);
    m_hideSuccessCheck->setObjectName(u"hideSuccessCheck"_s);
    m_hideSuccessCheck->setAccessibleName(tr("Don't show this dialog for successful requests"));
    m_hideSuccessCheck->setToolTip(tr("Errors are always shown."));
    m_hideSuccessCheck->setChecked(hidesSuccessfulResponses(m_settings));
    m_hideSuccessCheck->setVisible(false);
    layout->addWidget(m_hideSuccessCheck);

    m_buttons = new QDialogButtonBox(this);
    m_cancelButton = m_buttons->addButton(tr("Cancel request"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(u"cancelRequestButton"_s);
    m_closeButton = m_buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    layout->addWidget(m_buttons);

    m_countdownTimer.setInterval(200);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ResponseDialog::updateCountdown);
    connect(m_detailsToggle, &QToolButton::toggled, this, &ResponseDialog::setDetailsExpanded);
    connect(m_curlButton, &QPushButton::clicked, this, &ResponseDialog::copyAsCurl);
    connect(m_cancelButton, &QPushButton::clicked, this, &ResponseDialog::cancelCall);
    connect(m_closeButton, &QPushButton::clicked, this, &ResponseDialog::accept);
    connect(m_hideSuccessCheck, &QCheckBox::toggled, this, [this](bool hide) {
        if (m_settings)
            m_settings->setValue(hideSuccessKey(), hide);
    });
    // Wide enough for a request line and the sentences on a line or two each.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    resize(minimumWidth(), sizeHint().height());
}

void ResponseDialog::setStripColour(int statusClass)
{
    const StripColours colours = stripColours(StatusClass(statusClass));
    QPalette palette = m_strip->palette();
    palette.setColor(QPalette::Window, colours.background);
    palette.setColor(QPalette::WindowText, colours.text);
    m_strip->setPalette(palette);
}

void ResponseDialog::showSending(Operation operation)
{
    m_state = State::Sending;
    m_strip->setText(tr("Sending..."));
    setStripColour(int(StatusClass::Other));
    m_strip->setAccessibleName(m_strip->text());
    m_metrics->setText(operationName(operation));
    m_meaning->setText(tr("Waiting for the server's answer."));
    m_advice->clear();
    m_serverMessage->setVisible(false);
    m_countdown->setVisible(false);
    m_curlButton->setEnabled(false);
    m_detailsToggle->setEnabled(false);
    m_cancelButton->setVisible(true);
    m_closeButton->setVisible(false);
    m_cancelButton->setFocus();
}

void ResponseDialog::showRetryWait(int nextAttempt, int maxAttempts, qint64 waitMs, int lastStatus)
{
    m_state = State::WaitingToRetry;
    m_retryAttempt = nextAttempt;
    m_retryMaxAttempts = maxAttempts;
    m_retryDeadline = QDeadlineTimer(std::max<qint64>(0, waitMs));
    const StatusDescription last = StatusCatalogue::describe(m_operation, lastStatus);
    m_strip->setText(last.title);
    m_strip->setAccessibleName(last.title);
    setStripColour(int(last.statusClass));
    m_meaning->setText(last.meaning);
    m_advice->setText(tr("The console retries by itself; Cancel request stops it."));
    m_countdown->setVisible(true);
    updateCountdown();
    m_countdownTimer.start();
}

void ResponseDialog::updateCountdown()
{
    if (m_state != State::WaitingToRetry) {
        m_countdownTimer.stop();
        return;
    }
    const qint64 remainingMs = m_retryDeadline.remainingTime();
    if (remainingMs <= 0) {
        m_countdown->setText(
            tr("Retrying now (attempt %1 of %2)").arg(m_retryAttempt).arg(m_retryMaxAttempts));
        m_countdownTimer.stop();
        return;
    }
    const int seconds = int((remainingMs + 999) / 1000);
    m_countdown->setText(tr("Retrying in %1 s (attempt %2 of %3)")
                             .arg(seconds)
                             .arg(m_retryAttempt)
                             .arg(m_retryMaxAttempts));
}

QString ResponseDialog::serverMessageFor(const ApiResult &result)
{
    QStringList server;
    if (result.error) {
        QString said = result.error->title;
        if (!result.error->detail.isEmpty())
            said += u" - "_s + result.error->detail;
        if (!said.isEmpty())
            server.append(tr("The server said: %1").arg(said));
    }
    if (!result.exchange.decodeError.isEmpty())
        server.append(tr("The answer could not be read: %1").arg(result.exchange.decodeError));
    return server.join(u'\n');
}

void ResponseDialog::showResult(const ApiResult &result)
{
    showExchange(result.exchange, serverMessageFor(result));
    Q_EMIT resultShown(result);
}

void ResponseDialog::showExchange(const ApiExchange &exchange, const QString &serverMessage)
{
    m_state = State::Finished;
    m_countdownTimer.stop();
    m_exchange = exchange;
    m_operation = exchange.operation;
    setWindowTitle(tr("Response: %1").arg(operationName(m_operation)));

    StatusDescription description = StatusCatalogue::describe(exchange);
    // A 2xx whose body could not be read is not a success the user can rely on.
    if (exchange.gotResponse() && !exchange.isSuccess() &&
        description.statusClass == StatusClass::Success)
        description.statusClass = StatusClass::Other;

    QString strip;
    QString meaning = description.meaning;
    if (exchange.gotResponse()) {
        strip = description.title;
    } else {
        // Never a made-up code: say that nothing came back, and why.
        strip = exchange.failure == TransportFailure::Cancelled ? description.title
                                                                : tr("Not sent / no response");
        QString why = description.title;
        if (!exchange.failureDetail.isEmpty())
            why += u" ("_s + exchange.failureDetail + u')';
        meaning = why + u". "_s + description.meaning;
    }
    m_strip->setText(strip);
    m_strip->setAccessibleName(strip);
    setStripColour(int(exchange.gotResponse() ? description.statusClass : StatusClass::NoResponse));

    // A figure and its unit stay on one line when the label wraps ("6 ms", not "6" / "ms"),
    // and a line breaks after a separator, not before it.
    const auto together = [](QString text) { return text.replace(u' ', QChar::Nbsp); };
    QStringList metrics{operationName(m_operation)};
    if (!exchange.method.isEmpty())
        metrics.append(QString::fromLatin1(exchange.method) + u' ' + exchange.path());
    metrics.append(together(tr("%1 ms").arg(exchange.durationMs)));
    if (exchange.gotResponse())
        metrics.append(together(ResponseDialogFormat::humanSize(exchange.responseBody.size())));
    metrics.append(
        together(tr("attempt %1 of %2").arg(exchange.attempts).arg(exchange.maxAttempts)));
    // Qt's own resend after an unanswered close (ApiExchange::bodySends): the server may
    // have acted twice, which matters for a create.
    if (exchange.bodySends > 1)
        metrics.append(together(tr("sent twice")));
    m_metrics->setText(metrics.join(u"\u00a0\u00a0\u00b7  "_s));
    m_meaning->setText(meaning);
    m_advice->setText(description.advice);
    m_serverMessage->setText(serverMessage);
    m_serverMessage->setVisible(!serverMessage.isEmpty());
    m_countdown->setVisible(false);

    m_details->setExchange(exchange);
    m_curlButton->setEnabled(!exchange.method.isEmpty());
    m_detailsToggle->setEnabled(true);
    m_cancelButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    m_hideSuccessCheck->setVisible(exchange.isSuccess());
    growToShowTexts();
    qCDebug(lcUi) << "response dialog shows" << int(m_operation) << exchange.httpStatus;
}

void ResponseDialog::growToShowTexts()
{
    // Sized for "Sending...": the answer's sentences are longer and wrap into more lines at
    // this width, and a dialog left at its old height clipped them into each other.
    QLayout *box = layout();
    box->activate();
    const int needed = box->hasHeightForWidth() ? box->totalHeightForWidth(width())
                                                : box->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void ResponseDialog::setPrettyBody(bool pretty)
{
    m_details->setPrettyBody(pretty);
}

QString ResponseDialog::shownResponseBody() const
{
    return m_details->shownResponseBody();
}

bool ResponseDialog::detailsExpanded() const
{
    return m_details->isVisibleTo(this);
}

void ResponseDialog::setDetailsExpanded(bool expanded)
{
    if (m_detailsToggle->isChecked() != expanded)
        m_detailsToggle->setChecked(expanded);
    m_detailsToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(expanded);
    // Grow or shrink in height only: the width the user chose stays.
    resize(width(), expanded ? std::max(height(), sizeHint().height()) : sizeHint().height());
}

void ResponseDialog::copyAsCurl()
{
    // ApiExchange::curlCommand() writes the key as <redacted>.
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_exchange.curlCommand());
    m_curlButton->setText(tr("Copied"));
}

void ResponseDialog::cancelCall()
{
    if (m_call)
        m_call->cancel();
}

void ResponseDialog::reject()
{
    // Esc while a request runs cancels it; the dialog then shows "Cancelled".
    if (m_state != State::Finished) {
        cancelCall();
        return;
    }
    QDialog::reject();
}

QString ResponseDialog::statusText() const
{
    return m_strip->text();
}

QString ResponseDialog::meaningText() const
{
    return m_meaning->text();
}

QString ResponseDialog::adviceText() const
{
    return m_advice->text();
}

QString ResponseDialog::countdownText() const
{
    return m_countdown->isVisibleTo(this) ? m_countdown->text() : QString();
}

} // namespace discue

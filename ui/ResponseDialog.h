// ResponseDialog: what one request to the API came to. A status strip (code and reason
// coloured by class, duration, size, attempt n of m), what the answer means for this
// operation and what to do (StatusCatalogue), and collapsible request/response details with
// the key redacted and "Copy as curl". Opened on an in-flight ApiCall it shows "Sending...",
// then a live countdown while a retry waits (Cancel stops the call), then the result; opened
// on a finished ApiExchange (the journal) it shows that exchange.
// Successful results may be acknowledged once for all ("Don't show for successful
// requests", kept in the injected QSettings); errors always show.
#pragma once

#include "ApiResult.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QPointer>
#include <QTimer>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QSettings;
class QToolButton;

namespace discue {

class ApiCall;
class ResponseDialogDetails;

class ResponseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Sending,
        WaitingToRetry,
        Finished
    };

    // The QSettings key of "Don't show for successful requests".
    static QString hideSuccessKey();
    static bool hidesSuccessfulResponses(QSettings *settings);

    // In flight: follows the call until it finishes. When the result is a success and the
    // user asked not to see those, the dialog closes itself (Accepted) on arrival.
    ResponseDialog(ApiCall *call, QSettings *settings, QWidget *parent = nullptr);
    // Finished: shows the exchange (e.g. from the request journal); always shown.
    ResponseDialog(const ApiExchange &exchange, QSettings *settings, QWidget *parent = nullptr);
    ~ResponseDialog() override;

    State state() const { return m_state; }
    const ApiExchange &exchange() const { return m_exchange; }
    // What the strip and the sentences say, for tests and accessibility.
    QString statusText() const;
    QString meaningText() const;
    QString adviceText() const;
    QString countdownText() const;
    bool detailsExpanded() const;
    void setDetailsExpanded(bool expanded);
    // The response body as shown: pretty-printed JSON or the raw bytes.
    void setPrettyBody(bool pretty);
    QString shownResponseBody() const;

    // Shows a finished result (called by the in-flight constructor's connection; public so
    // that an owner holding the ApiResult can show it directly).
    void showResult(const ApiResult &result);
    // "The server said: ..." from the decoded error body, and why an answer could not be read.
    static QString serverMessageFor(const ApiResult &result);

    // Esc while the request runs cancels it instead of hiding the dialog.
    void reject() override;

Q_SIGNALS:
    // The result arrived and is shown (or the dialog closed itself for a hidden success).
    void resultShown(const discue::ApiResult &result);

private:
    void buildUi();
    void showSending(Operation operation);
    void showRetryWait(int nextAttempt, int maxAttempts, qint64 waitMs, int lastStatus);
    void updateCountdown();
    void showExchange(const ApiExchange &exchange, const QString &serverMessage);
    void growToShowTexts();
    void setStripColour(int statusClass);
    void copyAsCurl();
    void cancelCall();

    QSettings *m_settings = nullptr;
    QPointer<ApiCall> m_call;
    Operation m_operation = Operation::List;
    State m_state = State::Finished;
    ApiExchange m_exchange;

    QTimer m_countdownTimer;
    QDeadlineTimer m_retryDeadline;
    int m_retryAttempt = 0;
    int m_retryMaxAttempts = 0;

    QLabel *m_strip = nullptr;
    QLabel *m_metrics = nullptr;
    QLabel *m_meaning = nullptr;
    QLabel *m_advice = nullptr;
    QLabel *m_serverMessage = nullptr;
    QLabel *m_countdown = nullptr;
    QToolButton *m_detailsToggle = nullptr;
    ResponseDialogDetails *m_details = nullptr;
    QPushButton *m_curlButton = nullptr;
    QCheckBox *m_hideSuccessCheck = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace discue

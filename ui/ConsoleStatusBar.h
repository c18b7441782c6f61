// ConsoleStatusBar: the main window's status bar - the connected profile and its base URL,
// key counts, the last refresh, the rate limit the server reports, a lasting notice (e.g. no
// keychain), a countdown while a request waits to be retried, and a progress bar with Cancel
// while a list loads or a bulk action runs.
#pragma once

#include <QDeadlineTimer>
#include <QStatusBar>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace discue {

struct ApiExchange;

class ConsoleStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void setProfileText(const QString &text);
    void setCountsText(const QString &text);
    QString countsText() const;
    void setRefreshText(const QString &text);
    // A short remark that stays; details (e.g. the keychain's own error) go in its tooltip. It
    // never makes the window wider than it is.
    void setNotice(const QString &text, const QString &details = {});
    QString notice() const;
    QString noticeDetails() const;
    // "The server answered 429; retrying in 12 s...", counting down to the retry, until it is
    // due or another message replaces it. Status 0: the connection dropped.
    void showRetryCountdown(int status, qint64 waitMs);
    // The request finished or was cancelled: no retry is coming.
    void stopRetryCountdown();
    void clearRateLimit();
    // Shows X-RateLimit-Remaining (and -Limit) when the answer carried them.
    void noteExchange(const ApiExchange &exchange);

    // total 0: a busy indicator without a count.
    void showProgress(const QString &what, int done, int total);
    void hideProgress();
    bool isProgressVisible() const;

Q_SIGNALS:
    void cancelRequested();

private:
    void updateRetryCountdown();

    QLabel *m_profile = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_refresh = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_notice = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QTimer *m_retryTicker = nullptr; // made at the first retry
    QDeadlineTimer m_retryDue;
    int m_retryStatus = 0;
    QString m_retryMessage; // the text shown last, to tell whether it is still on show
};

} // namespace discue

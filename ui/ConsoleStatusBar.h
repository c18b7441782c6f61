// ConsoleStatusBar: the main window's status bar - the connected profile and its base URL,
// key counts, the last refresh, the rate limit the server reports, a lasting notice (e.g. no
// keychain), and a progress bar with Cancel while a list loads or a bulk action runs.
#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
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
    void setNotice(const QString &text);
    QString notice() const;
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
    QLabel *m_profile = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_refresh = nullptr;
    QLabel *m_rate = nullptr;
    QLabel *m_notice = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace discue

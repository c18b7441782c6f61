#include "ConsoleStatusBar.h"

#include "ApiExchange.h"
#include "TextEmphasis.h"
#include "ThemedIcon.h"

#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
{
    setObjectName(u"statusBar"_s);
    auto label = [this](const QString &name) {
        auto *widget = new QLabel(this);
        widget->setObjectName(name);
        return widget;
    };
    m_profile = label(u"statusProfile"_s);
    m_counts = label(u"statusCounts"_s);
    m_refresh = label(u"statusRefresh"_s);
    m_rate = label(u"statusRateLimit"_s);
    m_rate->setToolTip(tr("Requests left in this minute, as the server reports"));
    m_notice = label(u"statusNotice"_s);
    setTextEmphasis(m_notice, Emphasis::Caution);
    m_notice->setMinimumWidth(1); // clipped on a narrow window rather than widening it
    m_notice->hide();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"statusProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"statusCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running work"));
    m_cancel->setIcon(themedIcon(u"cancel"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, this, &ConsoleStatusBar::cancelRequested);
    addWidget(m_profile);
    addWidget(m_counts);
    addPermanentWidget(m_notice);
    addPermanentWidget(m_progress);
    addPermanentWidget(m_cancel);
    addPermanentWidget(m_rate);
    addPermanentWidget(m_refresh);
}

void ConsoleStatusBar::setProfileText(const QString &text)
{
    m_profile->setText(text);
}

void ConsoleStatusBar::setCountsText(const QString &text)
{
    m_counts->setText(text);
}

QString ConsoleStatusBar::countsText() const
{
    return m_counts->text();
}

void ConsoleStatusBar::setRefreshText(const QString &text)
{
    m_refresh->setText(text);
}

void ConsoleStatusBar::setNotice(const QString &text, const QString &details)
{
    m_notice->setText(text);
    m_notice->setToolTip(details.isEmpty() ? text : details);
    m_notice->setVisible(!text.isEmpty());
}

QString ConsoleStatusBar::notice() const
{
    return m_notice->text();
}

QString ConsoleStatusBar::noticeDetails() const
{
    return m_notice->toolTip();
}

void ConsoleStatusBar::showRetryCountdown(int status, qint64 waitMs)
{
    if (!m_retryTicker) {
        m_retryTicker = new QTimer(this);
        m_retryTicker->setObjectName(u"retryTicker"_s);
        m_retryTicker->setInterval(250); // the shown second changes on time, give or take
        connect(m_retryTicker, &QTimer::timeout, this, &ConsoleStatusBar::updateRetryCountdown);
    }
    m_retryStatus = status;
    m_retryDue = QDeadlineTimer(std::max<qint64>(0, waitMs));
    m_retryMessage.clear();
    m_retryTicker->start();
    updateRetryCountdown();
}

void ConsoleStatusBar::stopRetryCountdown()
{
    if (!m_retryTicker || !m_retryTicker->isActive())
        return;
    m_retryTicker->stop();
    if (currentMessage() == m_retryMessage)
        clearMessage();
}

void ConsoleStatusBar::updateRetryCountdown()
{
    const bool replaced = !m_retryMessage.isEmpty() && currentMessage() != m_retryMessage;
    if (replaced || m_retryDue.hasExpired()) {
        m_retryTicker->stop();
        if (!replaced)
            clearMessage();
        return;
    }
    const qint64 seconds = (m_retryDue.remainingTime() + 999) / 1000;
    m_retryMessage = m_retryStatus == 0
                         ? tr("The connection dropped; retrying in %n s...", nullptr, int(seconds))
                         : tr("The server answered %1; retrying in %n s...", nullptr, int(seconds))
                               .arg(m_retryStatus);
    showMessage(m_retryMessage);
}

void ConsoleStatusBar::clearRateLimit()
{
    m_rate->clear();
}

void ConsoleStatusBar::noteExchange(const ApiExchange &exchange)
{
    const QByteArray remaining = exchange.responseHeader("X-RateLimit-Remaining");
    if (remaining.isEmpty())
        return;
    const QByteArray limit = exchange.responseHeader("X-RateLimit-Limit");
    m_rate->setText(limit.isEmpty()
                        ? tr("Rate limit: %1 left").arg(QString::fromLatin1(remaining))
                        : tr("Rate limit: %1/%2 left")
                              .arg(QString::fromLatin1(remaining), QString::fromLatin1(limit)));
}

void ConsoleStatusBar::showProgress(const QString &what, int done, int total)
{
    m_progress->setFormat(total > 0 ? tr("%1 %v/%m").arg(what) : what);
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setToolTip(what);
    m_progress->show();
    m_cancel->show();
}

void ConsoleStatusBar::hideProgress()
{
    m_progress->hide();
    m_cancel->hide();
}

bool ConsoleStatusBar::isProgressVisible() const
{
    return m_progress->isVisibleTo(this);
}

} // namespace discue

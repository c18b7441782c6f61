// StallMeter: how long the GUI thread was unable to run its event loop. A 5 ms timer ticks
// while work happens; the longest gap between two ticks is the worst stall a user would feel.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace discue {

class StallMeter : public QObject
{
public:
    explicit StallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGapMs = std::max(m_maxGapMs, now - m_lastTickMs);
            m_lastTickMs = now;
        });
    }

    void start()
    {
        m_clock.start();
        m_lastTickMs = 0;
        m_maxGapMs = 0;
        m_timer.start();
    }

    // The longest gap between ticks, minus the timer's own 5 ms period.
    qint64 stop()
    {
        m_timer.stop();
        m_maxGapMs = std::max(m_maxGapMs, m_clock.elapsed() - m_lastTickMs);
        return std::max<qint64>(0, m_maxGapMs - m_timer.interval());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_maxGapMs = 0;
};

} // namespace discue

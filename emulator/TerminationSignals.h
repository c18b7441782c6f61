// TerminationSignals: turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so the
// program leaves its event loop and shuts down cleanly (data file flushed, port released)
// instead of dying inside a signal handler.
#pragma once

#include <QObject>

class QSocketNotifier;

namespace discue {

class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isInstalled() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void readSignal();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace discue

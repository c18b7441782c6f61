// EmulatorProcess: the real discue-emulator program under test - starts it with arguments,
// waits for the base URL on its first stdout line, and stops it with a signal or kill -9.
#pragma once

#include <QProcess>
#include <QSignalSpy>
#include <QUrl>

namespace discue::test {

class EmulatorProcess
{
public:
    static QString program() { return QStringLiteral(DISCUE_EMULATOR_PATH); }

    // Starts the program; true once it printed its base URL.
    bool start(const QStringList &arguments)
    {
        m_process.setProgram(program());
        m_process.setArguments(arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running || !m_process.waitForReadyRead(20000))
                return false;
        }
        m_baseUrl = QUrl(QString::fromUtf8(m_process.readLine().trimmed()));
        return m_baseUrl.isValid();
    }
    // Reads the next stdout line (e.g. the generated admin key).
    QString readLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine().trimmed());
    }
    QUrl baseUrl() const { return m_baseUrl; }
    QProcess &process() { return m_process; }

    // SIGTERM; true when the program exited normally with status 0.
    bool terminate()
    {
        m_process.terminate();
        return m_process.waitForFinished(10000) && m_process.exitStatus() == QProcess::NormalExit &&
               m_process.exitCode() == 0;
    }
    void kill9()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    QByteArray standardError()
    {
        m_stderr += m_process.readAllStandardError();
        return m_stderr;
    }

    ~EmulatorProcess()
    {
        if (m_process.state() != QProcess::NotRunning)
            kill9();
    }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stderr;
};

} // namespace discue::test

// JournalDock: the activity journal - every request the console sent, with time, method,
// path, a coloured status chip, duration and attempts. Double-click (or Return) opens the
// response dialog of that exchange; the journal exports to CSV or JSON.
#pragma once

#include <QDockWidget>
#include <QPointer>

class QSettings;
class QTableView;

namespace discue {

class RequestJournalModel;
class ResponseDialog;

class JournalDock : public QDockWidget
{
    Q_OBJECT

public:
    JournalDock(RequestJournalModel *journal, QSettings *settings, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Opens the response dialog for a journal row (as a double-click does).
    void showExchange(int row);
    ResponseDialog *responseDialog() const;
    enum class Format
    {
        Csv,
        Json
    };
    bool exportTo(const QString &path, Format format) const;

private:
    void exportInteractively(Format format);

    RequestJournalModel *m_journal;
    QSettings *m_settings;
    QTableView *m_view = nullptr;
    QPointer<ResponseDialog> m_response;
};

} // namespace discue

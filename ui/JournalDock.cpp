#include "JournalDock.h"

#include "PlainHeaderView.h"
#include "RequestJournalModel.h"
#include "ResponseDialog.h"
#include "StatusCatalogue.h"
#include "TextEmphasis.h"
#include "ThemedIcon.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

Emphasis chipEmphasis(StatusClass statusClass)
{
    switch (statusClass) {
    case StatusClass::Success:
        return Emphasis::Success;
    case StatusClass::ClientError:
        return Emphasis::Caution;
    case StatusClass::ServerError:
        return Emphasis::Problem;
    case StatusClass::NoResponse:
    case StatusClass::Other:
        break;
    }
    return Emphasis::Muted; // not sent, no answer, 1xx/3xx
}

// Paints the status column as a small chip coloured by class, as HTTP clients do.
class StatusChip : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem base = option;
        initStyleOption(&base, index);
        const QString text = base.text;
        base.text.clear();
        base.widget->style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);
        const QColor colour = emphasisColour(chipEmphasis(
            StatusCatalogue::classOf(index.data(RequestJournalModel::HttpStatusRole).toInt())));
        const QFontMetrics metrics(option.font);
        QRect chip = option.rect.adjusted(4, 3, 0, -3);
        chip.setWidth(std::min(chip.width(), metrics.horizontalAdvance(text) + 14));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(Qt::white);
        painter->drawText(chip, Qt::AlignCenter,
                          metrics.elidedText(text, Qt::ElideRight, chip.width() - 6));
        painter->restore();
    }
};

} // namespace

JournalDock::JournalDock(RequestJournalModel *journal, QSettings *settings, QWidget *parent)
    : QDockWidget(tr("Activity"), parent)
    , m_journal(journal)
    , m_settings(settings)
{
    setObjectName(u"journalDock"_s);
    setAccessibleName(tr("Activity journal"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QToolBar(content);
    constexpr int iconSize = 16;
    bar->setIconSize(QSize(iconSize, iconSize));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QIcon exportIcon = themedIcon(u"export"_s, iconSize);
    QAction *csv = bar->addAction(exportIcon, tr("Export CSV..."));
    csv->setObjectName(u"exportCsvAction"_s);
    QAction *json = bar->addAction(exportIcon, tr("Export JSON..."));
    json->setObjectName(u"exportJsonAction"_s);
    QAction *clear = bar->addAction(themedIcon(u"cancel"_s, iconSize), tr("Clear"));
    connect(csv, &QAction::triggered, this, [this] { exportInteractively(Format::Csv); });
    connect(json, &QAction::triggered, this, [this] { exportInteractively(Format::Json); });
    connect(clear, &QAction::triggered, m_journal, &RequestJournalModel::clear);
    layout->addWidget(bar);

    m_view = new QTableView(content);
    m_view->setObjectName(u"journalView"_s);
    m_view->setHorizontalHeader(new PlainHeaderView(m_view));
    m_view->setAccessibleName(tr("Requests sent"));
    // Hidden before the rows arrive: a shown vertical header is measured (in bold) for them.
    m_view->verticalHeader()->hide();
    m_view->setModel(journal);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the journal; the arrows move in it
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(RequestJournalModel::Path,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(RequestJournalModel::Time, 90);
    m_view->horizontalHeader()->resizeSection(RequestJournalModel::Method, 70);
    m_view->horizontalHeader()->resizeSection(RequestJournalModel::Status, 170);
    m_view->setItemDelegateForColumn(RequestJournalModel::Status, new StatusChip(m_view));
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { showExchange(index.row()); });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex &index) { showExchange(index.row()); });
    // Follow the newest request.
    connect(journal, &QAbstractItemModel::rowsInserted, m_view,
            [this] { m_view->scrollToBottom(); });
    layout->addWidget(m_view);
    setWidget(content);
}

void JournalDock::showExchange(int row)
{
    if (row < 0 || row >= m_journal->rowCount())
        return;
    if (m_response)
        m_response->deleteLater();
    m_response = new ResponseDialog(m_journal->exchangeAt(row), m_settings, this);
    m_response->setAttribute(Qt::WA_DeleteOnClose);
    m_response->open();
}

ResponseDialog *JournalDock::responseDialog() const
{
    return m_response;
}

bool JournalDock::exportTo(const QString &path, Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const bool written =
        format == Format::Csv ? m_journal->exportCsv(&file) : m_journal->exportJson(&file);
    return written && file.commit();
}

void JournalDock::exportInteractively(Format format)
{
    const bool csv = format == Format::Csv;
    const QString path = QFileDialog::getSaveFileName(
        this, csv ? tr("Export the journal as CSV") : tr("Export the journal as JSON"),
        csv ? u"discue-journal.csv"_s : u"discue-journal.json"_s,
        csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    if (!exportTo(path, format))
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The journal could not be written to %1.").arg(path));
}

} // namespace discue

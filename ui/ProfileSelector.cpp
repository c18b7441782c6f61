#include "ProfileSelector.h"

#include "TextEmphasis.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
const QColor demoColour(0xe6, 0x7e, 0x22);

// White bold text on a rounded patch of the palette's Window colour. Painted here rather than
// by a style sheet: the first style sheet costs about 1 ms of start-up (see TextEmphasis.h).
class Badge : public QLabel
{
public:
    explicit Badge(QWidget *parent)
        : QLabel(parent)
    {
        setContentsMargins(8, 2, 8, 2);
        setForegroundRole(QPalette::WindowText); // not the tool bar's ButtonText
        QFont bold = font();
        bold.setBold(true);
        setFont(bold);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Window));
            painter.drawRoundedRect(QRectF(rect()), 4, 4);
        }
        QLabel::paintEvent(event);
    }
};
} // namespace

ProfileSelector::ProfileSelector(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"profileCombo"_s);
    m_combo->setAccessibleName(tr("Connection profile"));
    m_combo->setToolTip(tr("Connection profile"));
    m_combo->setMinimumContentsLength(10);
    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileSelected(m_combo->itemData(index).toString()); });
    layout->addWidget(m_combo);
    m_badge = new Badge(this);
    m_badge->setObjectName(u"profileBadge"_s);
    m_badge->setAccessibleName(tr("Profile kind"));
    m_badge->hide();
    layout->addWidget(m_badge);
}

void ProfileSelector::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    for (const ConnectionProfile &profile : profiles) {
        QPixmap dot(12, 12);
        dot.fill(profile.demo
                     ? demoColour
                     : emphasisColour(profile.production ? Emphasis::Problem : Emphasis::Muted));
        m_combo->addItem(QIcon(dot), profile.name, profile.id);
    }
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(current)));
}

void ProfileSelector::showConnected(const std::optional<ConnectionProfile> &profile)
{
    QString badge;
    QColor colour;
    if (profile && profile->demo) {
        badge = tr("Demo (local)");
        colour = demoColour;
    } else if (profile && profile->production) {
        badge = tr("Production");
        colour = emphasisColour(Emphasis::Problem);
    }
    if (profile) {
        const QSignalBlocker blocker(m_combo);
        const int index = m_combo->findData(profile->id);
        if (index >= 0)
            m_combo->setCurrentIndex(index);
    }
    m_badge->setText(badge);
    QPalette palette = m_badge->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_badge->setPalette(palette);
    m_badge->setVisible(!badge.isEmpty());
}

QString ProfileSelector::badgeText() const
{
    return m_badge->isVisibleTo(this) ? m_badge->text() : QString();
}

} // namespace discue

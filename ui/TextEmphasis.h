// TextEmphasis: the console's colours for text that needs attention - caution (orange: the
// console's own key, a session without keychain), problem (red: an invalid profile, the
// warning before locking the console out) and success (green: a profile that works) - set
// through the widget's palette.
//
// Not through style sheets: the first style sheet makes Qt build its style sheet machinery and
// restyle the widget with it, which cost about 1 ms of the console's first window.
#pragma once

#include <QColor>

class QWidget;

namespace discue {

enum class Emphasis
{
    Caution,
    Problem,
    Success
};

QColor emphasisColour(Emphasis emphasis);
// Sets the widget's text colours (WindowText, Text, ButtonText) in every colour group; the
// rest of its palette keeps following the application's.
void setTextEmphasis(QWidget *widget, Emphasis emphasis);

} // namespace discue

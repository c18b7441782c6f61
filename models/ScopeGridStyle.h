// ScopeGridStyle: how the scope grid marks its rows without icon resources from the ui
// layer - a drawn padlock for locked rows and translucent tints for findings that read on
// light and dark palettes alike.
#pragma once

#include "ScopePolicy.h"

#include <QColor>
#include <QIcon>

namespace discue::ScopeGridStyle {

// Needs a QGuiApplication.
QIcon lockIcon();
QColor findingTint(Severity severity);

} // namespace discue::ScopeGridStyle

#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "discue.ui", QtInfoMsg)

#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "discue.app", QtInfoMsg)

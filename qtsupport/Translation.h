// The editor's language: loads the translations for a locale and renders the
// Qt-free engine's messages (model/MessageText.h) in it.
#pragma once

#include "model/Listing.h"
#include "model/LoadError.h"
#include "validation/Finding.h"

#include <QLocale>
#include <QString>

namespace proserv {

// Installs Qt's own translations (qtbase: standard buttons, dialogs) and the
// editor's (embedded as :/i18n/proserv_LANG.qm) for the locale's UI
// languages, replacing any installed earlier; English plural forms are always
// installed underneath. Returns false when there is no translation for the
// locale's language (the program then speaks English).
bool installTranslations(const QLocale& locale);

// An engine message (finding, load error, rule description) in the current
// language: its source is looked up in the "EngineText" context, then filled
// with its arguments, which are translated the same way when they are messages.
QString translated(const MessageText& text);
QString translatedSource(const char* englishSource);
// "FILE:LINE:COLUMN: error: MESSAGE [POINTER]" with the message translated.
QString translated(const LoadError& error);

QString severityName(Severity severity);
// "3 errors", "1 warning", "2 notes": one phrase for every count of findings.
QString severityCount(Severity severity, int count);

// How the form's choices and the review report name the listing's values.
QString accessMethodName(AccessMethod method);
QString provisioningName(Provisioning provisioning);

} // namespace proserv

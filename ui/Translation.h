// The editor's language: loads the translations for a locale and renders the
// Qt-free engine's messages (model/MessageText.h) in it.
#pragma once

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

} // namespace proserv

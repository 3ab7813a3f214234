// How the words a finding is about are marked in their field: a wavy
// underline in the severity's colour, in multi-line and single-line editors.
#pragma once

#include "validation/Finding.h"

#include <QList>
#include <QTextCharFormat>
#include <QTextLayout>

class QLineEdit;

namespace proserv {

QTextCharFormat findingUnderline(Severity severity);

// QLineEdit has no extra selections. Its text layout takes formats through an
// input method event — the way an input method marks the text it composes —
// the one public way to format part of a line edit's text; it scrolls with
// the text. `ranges` start at UTF-16 positions of the edit's text; an empty
// list clears them. A read-only edit is made writable for the event only.
void setLineEditFormats(QLineEdit* edit, const QList<QTextLayout::FormatRange>& ranges);

} // namespace proserv

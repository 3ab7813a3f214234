// File ▸ Export Review Report… for any document type: asks where (PDF, or
// HTML by the name's ending), writes the report atomically and says when it
// could not. The caller builds the report's input from its document.
#pragma once

#include "qtsupport/ReviewReport.h"

#include <QString>

class QWidget;

namespace proserv {

// The path written, or empty when the user cancelled or the write failed (said in a dialog).
QString promptAndWriteReviewReport(QWidget* parent, const ReviewReportInput& input);

} // namespace proserv

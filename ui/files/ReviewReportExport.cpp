#include "ui/files/ReviewReportExport.h"

#include "ui/form/UserPrompts.h"

#include <QCoreApplication>

namespace proserv {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReviewReportExport)
};
} // namespace

QString promptAndWriteReviewReport(QWidget* parent, const ReviewReportInput& input)
{
    const QString path = UserPrompts::saveFileName(parent, Text::tr("Export Review Report"),
        input.fileName + QStringLiteral(".review.pdf"), Text::tr("PDF (*.pdf);;HTML (*.html)"));
    if (path.isEmpty())
        return {};
    const QString failure = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ? writeReviewHtml(input, path)
                                                                                       : writeReviewPdf(input, path);
    if (!failure.isEmpty()) {
        UserPrompts::inform(parent, QMessageBox::Critical, Text::tr("Report not written"), failure);
        return {};
    }
    return path;
}

} // namespace proserv

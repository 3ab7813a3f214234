// The review report: the listing's or the offer's key facts, every finding grouped by
// guideline section, every reviewer comment and a verdict, as HTML and as PDF
// (QTextDocument printed by QPdfWriter). Used by the editor and by
// `proserv-check report`.
#pragma once

#include "model/SourceMap.h"
#include "model/Listing.h"
#include "model/Offer.h"
#include "model/ReviewComments.h"
#include "validation/Finding.h"

#include <QString>

#include <functional>
#include <vector>

namespace proserv {

struct ReviewReportInput {
    QString fileName;
    const Listing* listing = nullptr;
    const PrivateOffer* offer = nullptr; // a private offer's report: its key facts instead of a listing's
    std::vector<Finding> findings;
    std::vector<ReviewComment> comments;
    // A change set or DescribeEntity response: its key facts show only what
    // the file holds, never the defaults of fields it cannot carry.
    bool submittedFile = false;
    // Where a field sits in the file, as the editor and proserv-check show
    // it ("12:5"); unknown positions are left out.
    std::function<TextPosition(const std::string& pointer)> positionOf;
};

struct Verdict {
    bool ready = false;
    int errors = 0;
    int openMustFix = 0;
    QString text() const;
};

Verdict reviewVerdict(const ReviewReportInput& input);
QString reviewReportHtml(const ReviewReportInput& input);

// Writes atomically; returns an empty string or the reason it failed.
QString writeReviewHtml(const ReviewReportInput& input, const QString& path);
QString writeReviewPdf(const ReviewReportInput& input, const QString& path);
// The PDF's bytes, rendered in memory.
QByteArray reviewReportPdf(const ReviewReportInput& input);

// The title of a guideline section anchor ("proserv-guidelines-usage" → "Product usage guidelines").
QString translatedGuidelineTitle(const std::string& anchor);

} // namespace proserv

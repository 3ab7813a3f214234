// The listing's local logo file, read the way the logo rule reads it: the
// same resolution (in review mode only a file inside the listing's folder),
// a capped non-blocking read of a regular file (never a pipe or device), the
// rule's header probe, and decoding only below a pixel and memory cap. Never
// a URL: the editor makes no network connection. For the logo picker and the
// buyer preview alike.
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

namespace proserv {

class ListingDocument;

struct LocalLogo {
    bool present = false; // the listing names a local logo file
    QImage image; // null when it could not, or must not, be decoded
    QString facts; // "240 × 120 px, PNG, 12 KB" once its header was read
    QString problem; // why there is no image, for people
    bool tooLargeToDecode = false;
};

// Reads the logo and scales it to fit `fitInto`.
LocalLogo readLocalLogo(const ListingDocument& document, QSize fitInto);

} // namespace proserv

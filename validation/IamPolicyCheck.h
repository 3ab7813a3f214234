// Structural and security checks of one IAM policy document (JSON text as the
// seller typed it), after IAM's policy grammar and the parliament / IAM Access
// Analyzer checks surveyed in validation-patterns.md §2.
#pragma once

#include "validation/Reporter.h"

#include <string>

namespace proserv {

// `pointer` is the JSON Pointer of the document field; findings carry the
// byte range inside the document text and name its line.
void checkIamPolicyDocument(const std::string& document, const std::string& pointer, Reporter& reporter);

} // namespace proserv

#include "ui/listing/ListingEditors.h"
#include "model/FieldPointers.h"

#include "model/FileRead.h"
#include "model/LogoPath.h"
#include "qtsupport/Translation.h"
#include "ui/document/ListingDocument.h"
#include "ui/form/FieldBindings.h"
#include "ui/form/FullLengthEditing.h"
#include "ui/form/ListEditors.h"
#include "ui/form/UserPrompts.h"
#include "validation/ImageProbe.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace proserv {

LogoPicker::LogoPicker(ListingDocument* document, QWidget* parent) : QWidget(parent), m_document(document)
{
    m_path = new QLineEdit;
    keepTextWhole(m_path);
    m_path->setPlaceholderText(tr("No local file: only the URL is checked"));
    auto* browse = new QPushButton(tr("Choose…"));
    browse->setAccessibleName(tr("Choose logo file"));
    browse->setObjectName(QStringLiteral("chooseLogo"));
    browse->setAutoDefault(false);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("logoPreview"));
    m_preview->setFixedSize(96, 96);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_preview->setTextFormat(Qt::PlainText);
    m_info = new QLabel;
    m_info->setObjectName(QStringLiteral("logoInfo"));
    m_info->setTextFormat(Qt::PlainText); // it names the listing's logo path: data, never markup
    m_info->setWordWrap(true);

    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto* right = new QVBoxLayout;
    right->addLayout(pathRow);
    right->addWidget(m_info);
    right->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(right, 1);
    setFocusProxy(m_path);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = UserPrompts::openFileName(
            this, tr("Choose the product logo"), tr("Images (*.png *.jpg *.jpeg *.gif);;All files (*)"));
        if (file.isEmpty())
            return;
        // Relative to the listing when inside its folder tree (model/LogoPath.h).
        const std::string stored = logoPathFor(file.toStdString(), {}, m_document->filePath().toStdString());
        m_document->setField(field::productLogoFile, stored, tr("Choose logo file"));
    });
    connect(document, &ListingDocument::fieldChanged, this, [this](const QString& pointer) {
        if (pointer.isEmpty() || pointer.startsWith(QLatin1String(field::productLogoFile))
            || pointer == QLatin1String(field::product))
            updatePreview();
    });
    updatePreview();
}

void LogoPicker::updatePreview()
{
    const QString stored = QString::fromStdString(m_document->listing().product.logoFile);
    if (stored.isEmpty()) {
        m_preview->setText(tr("No logo"));
        m_info->clear();
        return;
    }
    // The same resolution and the same non-blocking, capped read as the logo
    // rule: in review mode only a file inside the listing's folder, and never
    // a pipe or device (QImageReader on a FIFO would wait for ever).
    const LogoLocation location
        = resolveLogoFile(stored.toStdString(), m_document->sourcePath().toStdString(), m_document->isReadOnly());
    const QString path = QString::fromStdString(location.path);
    if (!location.allowed) {
        m_preview->setText(tr("?"));
        m_info->setText(translated(logoOutsideFolderMessage()));
        return;
    }
    const FileRead file = readRegularFile(location.path, kMaxLogoBytes);
    if (!file.ok) {
        m_preview->setText(tr("?"));
        m_info->setText(file.tooLarge
                ? tr("%1 is too large to preview").arg(QDir::toNativeSeparators(path))
                : tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), translated(file.reason)));
        return;
    }
    // The logo rule's own header probe names format and size; the image
    // itself is only decoded when it is of a sane size (no decompression bombs).
    const ImageInfo info = probeImageHeader(file.bytes, file.size);
    if (!info.readable) {
        m_preview->setText(tr("?"));
        m_info->setText(tr("Cannot read an image from %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_info->setText(tr("%1 × %2 px, %3, %4")
                        .arg(info.width)
                        .arg(info.height)
                        .arg(QString::fromLatin1(toString(info.format)).toUpper())
                        .arg(QLocale().formattedDataSize(static_cast<qint64>(file.size))));
    if (std::uint64_t(info.width) * info.height > kMaxDecodedLogoPixels) {
        m_preview->setText(tr("Not previewed"));
        m_preview->setToolTip(tr("Images over %1 megapixels are described, not decoded, so a logo cannot exhaust "
                                 "the editor's memory.")
                                  .arg(kMaxDecodedLogoPixels / (1024 * 1024)));
        return;
    }
    m_preview->setToolTip(QString());
    QByteArray bytes = QByteArray::fromStdString(file.bytes);
    QBuffer buffer(&bytes);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(kMaxDecodedLogoMiB);
    const QSize size(static_cast<int>(info.width), static_cast<int>(info.height));
    reader.setScaledSize(size.scaled(m_preview->size() - QSize(8, 8), Qt::KeepAspectRatio));
    m_preview->setPixmap(QPixmap::fromImage(reader.read()));
}

PolicyDocumentFollower::PolicyDocumentFollower(
    RecordTableEditor* table, QPlainTextEdit* editor, TextEditBinding* binding, ListingDocument* document)
    : QObject(editor), m_table(table), m_editor(editor), m_binding(binding), m_document(document)
{
    connect(table->table(), &QTableWidget::currentCellChanged, this, &PolicyDocumentFollower::follow);
    connect(document, &ListingDocument::fieldChanged, this, &PolicyDocumentFollower::follow);
    follow();
}

void PolicyDocumentFollower::follow()
{
    const int count = static_cast<int>(m_document->listing().architecture.iamPolicies.size());
    int row = m_table->table()->currentRow();
    if (row < 0 && count > 0)
        row = 0;
    m_editor->setEnabled(row >= 0 && row < count);
    const std::string pointer = row >= 0 && row < count
        ? std::string(field::architectureIamPolicies) + "/" + std::to_string(row) + "/document"
        : std::string(field::architectureIamPolicies) + "/-/document"; // names nothing: editor stays empty
    if (pointer != m_binding->pointer()) {
        m_binding->rebind(pointer);
        emit m_document->findingsChanged(); // show this policy's findings on the editor
    }
}

} // namespace proserv

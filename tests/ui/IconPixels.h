// Pixel checks for the icon tests (tst_themedicon, tst_consolestyle): is an icon drawn, and in
// which colour.
#pragma once

#include <QColor>
#include <QImage>

#include <algorithm>
#include <cstdlib>

namespace discue::test {

inline int maxAlpha(const QImage &image)
{
    int result = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            result = std::max(result, qAlpha(image.pixel(x, y)));
    return result;
}

// Pixels at least minAlpha opaque whose colour (without the alpha) is close to colour.
inline int pixelsNear(const QImage &image, const QColor &colour, int minAlpha)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < argb.height(); ++y) {
        for (int x = 0; x < argb.width(); ++x) {
            const QColor pixel = argb.pixelColor(x, y);
            if (pixel.alpha() >= minAlpha && std::abs(pixel.red() - colour.red()) < 40 &&
                std::abs(pixel.green() - colour.green()) < 40 &&
                std::abs(pixel.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}

} // namespace discue::test

#!/bin/sh
# Draws the figures of the demo bank (question-bank/banks/tqm-demo.xml) with ImageMagick:
# a Pareto chart of welding defects and a PDCA wheel. The PNGs are committed; run this again
# after changing a figure. Needs imagemagick and fonts-noto-cjk.
set -eu

out_dir="${1:-$(dirname "$0")/../../question-bank/banks/images}"
mkdir -p "$out_dir"

font_file=$(fc-match -f '%{file}' 'Noto Sans CJK SC')
case "$font_file" in
  *NotoSansCJK*) ;;
  *) echo "Noto Sans CJK is not installed (apt-get install fonts-noto-cjk)" >&2; exit 1 ;;
esac
# The font file is a collection whose first face is the Japanese one; the named face gives the
# simplified Chinese glyph forms when ImageMagick knows it.
if convert -list font | grep -q 'Font: Noto-Sans-CJK-SC$'; then
  font=Noto-Sans-CJK-SC
else
  font="$font_file"
fi

# No timestamps in the files, so that drawing again gives the same bytes.
png_options="-strip -define png:exclude-chunks=date,time"

# Pareto chart (排列图): welding defects in one month, N = 100. The left axis counts defects up
# to N and the right axis shows the cumulative percentage, so both share one scale.
# Plot area: x 100..700, y 460 (0) .. 80 (100); 3.8 px per defect.
convert -size 800x560 xc:white -font "$font" \
  -fill none -stroke '#333333' -strokewidth 2 \
  -draw "line 100,80 100,460" -draw "line 100,460 700,460" -draw "line 700,80 700,460" \
  -stroke '#999999' -strokewidth 1 -draw "stroke-dasharray 6 4 line 100,156 700,156" \
  -stroke '#1f4e79' -fill '#5b9bd5' \
  -draw "rectangle 102,277 198,460" -draw "rectangle 202,357 298,460" \
  -draw "rectangle 302,415 398,460" -draw "rectangle 402,434 498,460" \
  -draw "rectangle 502,445 598,460" -draw "rectangle 602,452 698,460" \
  -fill none -stroke '#c00000' -strokewidth 3 \
  -draw "line 100,460 200,277" -draw "line 200,277 300,175" -draw "line 300,175 400,129" \
  -draw "line 400,129 500,103" -draw "line 500,103 600,88" -draw "line 600,88 700,80" \
  -fill '#c00000' -strokewidth 1 \
  -draw "circle 200,277 204,277" -draw "circle 300,175 304,175" -draw "circle 400,129 404,129" \
  -draw "circle 500,103 504,103" -draw "circle 600,88 604,88" -draw "circle 700,80 704,80" \
  -stroke none -fill '#222222' -pointsize 24 \
  -draw "text 190,44 '焊接缺陷排列图（某月，N=100）'" \
  -pointsize 18 \
  -draw "text 128,512 '虚焊'" -draw "text 228,512 '漏焊'" -draw "text 328,512 '焊偏'" \
  -draw "text 428,512 '气孔'" -draw "text 528,512 '裂纹'" -draw "text 628,512 '其他'" \
  -draw "text 140,268 '48'" -draw "text 240,348 '27'" -draw "text 340,406 '12'" \
  -draw "text 445,425 '7'" -draw "text 545,436 '4'" -draw "text 645,443 '2'" \
  -pointsize 16 \
  -draw "text 60,466 '0'" -draw "text 50,390 '20'" -draw "text 50,314 '40'" \
  -draw "text 50,238 '60'" -draw "text 50,162 '80'" -draw "text 42,86 '100'" \
  -draw "text 712,466 '0%'" -draw "text 712,390 '20%'" -draw "text 712,314 '40%'" \
  -draw "text 712,238 '60%'" -draw "text 712,162 '80%'" -draw "text 712,86 '100%'" \
  -draw "text 20,66 '频数（件）'" -draw "text 672,66 '累计百分比'" \
  -fill '#c00000' -draw "text 560,150 '80%'" \
  -fill none -stroke '#333333' -strokewidth 2 \
  -draw "line 94,384 100,384" -draw "line 94,308 100,308" -draw "line 94,232 100,232" \
  -draw "line 94,156 100,156" -draw "line 94,80 100,80" \
  -draw "line 700,384 706,384" -draw "line 700,308 706,308" -draw "line 700,232 706,232" \
  -draw "line 700,156 706,156" -draw "line 700,80 706,80" \
  $png_options "$out_dir/pareto-welding-defects.png"

# PDCA wheel (PDCA循环): the wheel climbs a slope, held by the wedge of standardisation.
# Quadrants clockwise from the upper right: P, D, C, A. The slope runs from (40,440) to
# (600,250); the wheel (radius 125) touches it at (330,342), so its centre is (290,223). The
# turning arrow is a 145 px arc in short segments: ImageMagick strokes a closing chord on arcs.
convert -size 640x480 xc:white -font "$font" \
  -fill '#eeeeee' -stroke '#555555' -strokewidth 2 \
  -draw "polygon 40,440 600,440 600,250" \
  -fill '#ffd966' -draw "polygon 150,403 300,352 202,312" \
  -fill '#9dc3e6' -stroke '#1f4e79' -strokewidth 3 -draw "circle 290,223 290,98" \
  -draw "line 165,223 415,223" -draw "line 290,98 290,348" \
  -fill none -stroke '#c00000' -strokewidth 4 \
  -draw "line 362,97 383,112" -draw "line 383,112 401,130" -draw "line 401,130 416,150" \
  -draw "line 416,150 426,173" -draw "line 426,173 433,198" -draw "line 433,198 435,223" \
  -draw "line 435,223 433,248" -draw "line 433,248 426,273" \
  -fill '#c00000' -stroke none -draw "polygon 421.5,285.8 437.8,270.4 419,263.6" \
  -stroke '#555555' -strokewidth 3 -draw "line 380,420 550,362" \
  -stroke none -fill '#555555' -draw "polygon 566,357 548,352 553,371" \
  -fill '#1f4e79' -pointsize 44 \
  -draw "text 326,183 'P'" -draw "text 326,293 'D'" -draw "text 222,293 'C'" \
  -draw "text 222,183 'A'" \
  -fill '#222222' -pointsize 18 \
  -draw "text 312,209 '计划'" -draw "text 312,319 '实施'" -draw "text 206,319 '检查'" \
  -draw "text 206,209 '处置'" \
  -pointsize 24 -draw "text 140,44 'PDCA循环：持续改进、阶梯式上升'" \
  -pointsize 16 -draw "text 40,470 '标准化（巩固成果，防止倒退）'" \
  -draw "text 470,470 '质量水平提高'" \
  -fill none -stroke '#555555' -strokewidth 1 -draw "line 140,452 185,392" \
  $png_options "$out_dir/pdca-wheel.png"

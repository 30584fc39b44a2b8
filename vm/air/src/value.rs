//! Constraint code is written once, generically over [`Val`], and run on field
//! elements (prover, verifier) and on [`Deg`] (to derive every declared constraint
//! degree, which Winterfell's debug prover checks exactly).

use std::ops::{Add, Mul, Sub};

use winterfell::math::{FieldElement, fields::f64::BaseElement as Felt};

/// What constraint expressions are built from.
pub trait Val: Copy + Add<Output = Self> + Sub<Output = Self> + Mul<Output = Self> {
    /// A constant.
    fn cst(c: u64) -> Self;
}

impl<E: FieldElement<BaseField = Felt>> Val for E {
    #[inline(always)]
    fn cst(c: u64) -> Self {
        E::from(Felt::new(c))
    }
}

/// Degree of an expression in the trace columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deg(pub usize);

impl Add for Deg {
    type Output = Deg;
    fn add(self, o: Deg) -> Deg {
        Deg(self.0.max(o.0))
    }
}

impl Sub for Deg {
    type Output = Deg;
    fn sub(self, o: Deg) -> Deg {
        Deg(self.0.max(o.0))
    }
}

impl Mul for Deg {
    type Output = Deg;
    #[allow(clippy::suspicious_arithmetic_impl)]
    fn mul(self, o: Deg) -> Deg {
        Deg(self.0 + o.0)
    }
}

impl Val for Deg {
    fn cst(_: u64) -> Self {
        Deg(0)
    }
}

/// `lo + 2^16 * hi`.
#[inline(always)]
pub fn u16s<V: Val>(lo: V, hi: V) -> V {
    lo + V::cst(1 << 16) * hi
}

/// `2^32`.
#[inline(always)]
pub fn two32<V: Val>() -> V {
    V::cst(1 << 32)
}

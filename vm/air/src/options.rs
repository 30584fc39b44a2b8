//! Proof parameters. Conjectured security (Winterfell's formula) is
//! `min(128 - 1, queries * log2(blowup) + grinding - 1, 96)` bits with the quadratic
//! extension of Goldilocks (128 bits) and BLAKE3-192 (96-bit collision resistance);
//! grinding only counts once the queries alone give 80 bits. Both profiles reach the
//! 96 bits the hash allows: [`ProofProfile::Fast`] with 40 queries at blowup 4 (80 bits)
//! plus 18 bits of grinding, [`ProofProfile::Small`] with 27 queries at blowup 8
//! (81 bits) plus 16, [`ProofProfile::Smallest`] with 20 queries at blowup 16 (80 bits)
//! plus 17. The hash was chosen to match that target: a 256-bit digest would
//! only lengthen every Merkle path by a third without raising the bound the queries set.

use winterfell::{BatchingMethod, FieldExtension, ProofOptions};

use crate::hiding::{self, Seed};

/// The least blowup the constraints allow (their maximum degree is 5).
pub const BLOWUP: usize = 4;
/// The verifier rejects proofs whose conjectured security is below this.
pub const MIN_SECURITY_BITS: u32 = 96;

/// How a proof trades prove time against size; the verifier accepts all of them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ProofProfile {
    /// Blowup 4: the least work for the prover.
    #[default]
    Fast,
    /// Blowup 8: fewer queries, so a proof about a third smaller, for about 1.6 times the
    /// prove time.
    Small,
    /// Blowup 16: fewer queries again, for proofs that are stored or sent on a budget
    /// (about 40% smaller than fast), for about twice the small profile's time and memory.
    Smallest,
}

impl ProofProfile {
    /// Every profile, from the fastest to the smallest proof.
    pub const ALL: [ProofProfile; 3] = [ProofProfile::Fast, ProofProfile::Small, ProofProfile::Smallest];

    /// The name `zkvm prove --proof-options` takes.
    pub fn name(self) -> &'static str {
        match self {
            ProofProfile::Fast => "fast",
            ProofProfile::Small => "small",
            ProofProfile::Smallest => "smallest",
        }
    }

    /// The profile called `name`.
    pub fn from_name(name: &str) -> Option<ProofProfile> {
        ProofProfile::ALL.into_iter().find(|p| p.name() == name)
    }

    /// (queries, blowup, grinding bits, FRI remainder degree). The small profile sends
    /// a larger FRI remainder, which saves more in Merkle paths than it costs.
    fn parameters(self) -> (usize, usize, u32, usize) {
        match self {
            ProofProfile::Fast => (40, BLOWUP, 18, 31),
            ProofProfile::Small => (27, 2 * BLOWUP, 16, 255),
            ProofProfile::Smallest => (20, 4 * BLOWUP, 17, 255),
        }
    }
}

/// The options the prover uses for `profile`.
pub fn proof_options(profile: ProofProfile) -> ProofOptions {
    let (queries, blowup, grinding, remainder) = profile.parameters();
    ProofOptions::new(
        queries,
        blowup,
        grinding,
        FieldExtension::Quadratic,
        8,
        remainder,
        BatchingMethod::Linear,
        BatchingMethod::Linear,
    )
}

/// How to prove: a profile's parameters, and whether the proof hides the private input
/// (with the secret seed its randomness comes from).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProofConfig {
    pub profile: ProofProfile,
    pub hiding: Option<Seed>,
}

impl ProofConfig {
    /// A proof that does not hide the private input; the fast profile makes only these.
    pub fn plain(profile: ProofProfile) -> Self {
        ProofConfig { profile, hiding: None }
    }

    /// A hiding proof with fresh randomness.
    pub fn hiding(profile: ProofProfile) -> Result<Self, String> {
        Self::hiding_with_seed(profile, Seed::random())
    }

    /// A hiding proof whose randomness comes from `seed` (the same seed, the same commitments).
    pub fn hiding_with_seed(profile: ProofProfile, seed: Seed) -> Result<Self, String> {
        profile.check_hiding()?;
        Ok(ProofConfig { profile, hiding: Some(seed) })
    }

    pub fn options(&self) -> ProofOptions {
        proof_options(self.profile)
    }

    pub fn is_hiding(&self) -> bool {
        self.hiding.is_some()
    }
}

impl Default for ProofConfig {
    /// Hiding, with the small profile (the fast one cannot hide).
    fn default() -> Self {
        ProofConfig::hiding(ProofProfile::HIDING_DEFAULT).expect("the small profile hides")
    }
}

impl From<ProofProfile> for ProofConfig {
    /// A plain proof of `profile`.
    fn from(profile: ProofProfile) -> Self {
        ProofConfig::plain(profile)
    }
}

impl ProofProfile {
    /// The profile of hiding proofs when none is chosen.
    pub const HIDING_DEFAULT: ProofProfile = ProofProfile::Small;

    /// Whether proofs of this profile can hide: the quotient mask needs blowup 8 and
    /// the random rows cover at most [`hiding::MAX_QUERIES`] queries.
    pub fn check_hiding(self) -> Result<(), String> {
        let (queries, blowup, _, _) = self.parameters();
        if blowup < hiding::MIN_BLOWUP || queries > hiding::MAX_QUERIES {
            return Err(format!(
                "the {} profile (blowup {blowup}) cannot make a zero-knowledge proof: choose small or smallest, or prove without zero knowledge",
                self.name()
            ));
        }
        Ok(())
    }
}

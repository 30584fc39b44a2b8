//! The vector commitment of every proof: a BLAKE3 Merkle tree whose leaves, in a hiding
//! proof, are salted. Winterfell hashes each committed row to a digest `d_i`; a salted
//! tree commits to `merge(d_i, s_i)` instead, with `s_i` a secret pseudorandom salt, and
//! an opening carries the salts of the opened leaves. An unopened leaf then reveals
//! nothing about its row (in the random oracle model), which the zero-knowledge argument
//! needs (`crate::hiding`); binding is the tree's, since a salt is part of the leaf.
//!
//! Winterfell builds the trees itself (`VectorCommitment::new`), so the prover hands the
//! salt secret over by [`with_salts`], for the proof built in its closure.

use std::cell::RefCell;

use winter_utils::{ByteReader, ByteWriter, Deserializable, DeserializationError, Serializable};
use winterfell::crypto::{BatchMerkleProof, Hasher as _, MerkleTree, MerkleTreeError, VectorCommitment};

use crate::Hasher;
use crate::hiding::Seed;

type Digest = <Hasher as winterfell::crypto::Hasher>::Digest;

/// Where the salts of the trees built on this thread come from.
struct SaltSource {
    seed: Seed,
    trees: u64,
}

thread_local! {
    static SALTS: RefCell<Option<SaltSource>> = const { RefCell::new(None) };
}

/// Runs `f` with the trees it builds salted from the trace seed `seed`'s salt stream
/// (plain trees for `None`).
pub fn with_salts<R>(seed: Option<Seed>, f: impl FnOnce() -> R) -> R {
    let source = seed.map(|seed| SaltSource { seed: seed.derive("salts", 0), trees: 0 });
    let before = SALTS.with(|s| s.replace(source));
    let out = f();
    SALTS.with(|s| s.replace(before));
    out
}

/// The salts of the next tree of `len` leaves, if salting is on.
fn next_salts(len: usize) -> Option<Vec<Digest>> {
    let key = SALTS.with(|s| {
        let mut s = s.borrow_mut();
        let source = s.as_mut()?;
        source.trees += 1;
        Some(source.seed.derive("salt", source.trees).0)
    })?;
    Some(salts(&key, len))
}

fn salts(key: &[u8; 32], len: usize) -> Vec<Digest> {
    use rayon::prelude::*;
    (0..len as u64)
        .into_par_iter()
        .map(|i| {
            let mut bytes = [0u8; 40];
            bytes[..32].copy_from_slice(key);
            bytes[32..].copy_from_slice(&i.to_le_bytes());
            Hasher::hash(&bytes)
        })
        .collect()
}

fn salted(items: &[Digest], salts: &[Digest]) -> Vec<Digest> {
    use rayon::prelude::*;
    items.par_iter().zip(salts).map(|(d, s)| Hasher::merge(&[*d, *s])).collect()
}

/// A Merkle tree over the rows' digests, salted or not.
pub struct SaltedMerkleTree {
    tree: MerkleTree<Hasher>,
    salts: Option<Vec<Digest>>,
    items: Vec<Digest>,
}

/// An opening of several leaves: their salts (in the order of the indexes) and the
/// Merkle paths of the salted leaves.
#[derive(Debug, PartialEq)]
pub struct SaltedProof<P> {
    pub salts: Option<Vec<Digest>>,
    pub paths: P,
}

// By hand: `BatchMerkleProof` is not `Clone`, single-leaf paths (a `Vec`) are.
impl<P: Clone> Clone for SaltedProof<P> {
    fn clone(&self) -> Self {
        SaltedProof { salts: self.salts.clone(), paths: self.paths.clone() }
    }
}

impl<P: Serializable> Serializable for SaltedProof<P> {
    fn write_into<W: ByteWriter>(&self, target: &mut W) {
        match &self.salts {
            None => target.write_u8(0),
            Some(s) => {
                target.write_u8(1);
                s.write_into(target);
            }
        }
        self.paths.write_into(target);
    }
}

impl<P: Deserializable> Deserializable for SaltedProof<P> {
    fn read_from<R: ByteReader>(source: &mut R) -> Result<Self, DeserializationError> {
        let salts = match source.read_u8()? {
            0 => None,
            1 => Some(Vec::<Digest>::read_from(source)?),
            b => return Err(DeserializationError::InvalidValue(format!("salt flag {b}"))),
        };
        Ok(SaltedProof { salts, paths: P::read_from(source)? })
    }
}

impl SaltedMerkleTree {
    fn leaves(items: &[Digest], salts: Option<&[Digest]>) -> Vec<Digest> {
        match salts {
            Some(s) => salted(items, s),
            None => items.to_vec(),
        }
    }

    fn opened_leaves(items: &[Digest], salts: &Option<Vec<Digest>>) -> Result<Vec<Digest>, MerkleTreeError> {
        match salts {
            Some(s) if s.len() == items.len() => Ok(salted(items, s)),
            Some(_) => Err(MerkleTreeError::InvalidProof),
            None => Ok(items.to_vec()),
        }
    }
}

impl VectorCommitment<Hasher> for SaltedMerkleTree {
    type Options = ();
    type Proof = SaltedProof<Vec<Digest>>;
    type MultiProof = SaltedProof<BatchMerkleProof<Hasher>>;
    type Error = MerkleTreeError;

    fn with_options(items: Vec<Digest>, _options: ()) -> Result<Self, MerkleTreeError> {
        let salts = next_salts(items.len());
        let tree = MerkleTree::new(Self::leaves(&items, salts.as_deref()))?;
        Ok(SaltedMerkleTree { tree, salts, items })
    }

    fn commitment(&self) -> Digest {
        *self.tree.root()
    }

    fn domain_len(&self) -> usize {
        1 << self.tree.depth()
    }

    fn get_proof_domain_len(proof: &Self::Proof) -> usize {
        1 << proof.paths.len()
    }

    fn get_multiproof_domain_len(proof: &Self::MultiProof) -> usize {
        1 << proof.paths.depth
    }

    fn open(&self, index: usize) -> Result<(Digest, Self::Proof), MerkleTreeError> {
        let (_, paths) = self.tree.prove(index)?;
        let salts = self.salts.as_ref().map(|s| vec![s[index]]);
        Ok((self.items[index], SaltedProof { salts, paths }))
    }

    fn open_many(&self, indexes: &[usize]) -> Result<(Vec<Digest>, Self::MultiProof), MerkleTreeError> {
        let (_, paths) = self.tree.prove_batch(indexes)?;
        let salts = self.salts.as_ref().map(|s| indexes.iter().map(|&i| s[i]).collect());
        Ok((indexes.iter().map(|&i| self.items[i]).collect(), SaltedProof { salts, paths }))
    }

    fn verify(commitment: Digest, index: usize, item: Digest, proof: &Self::Proof) -> Result<(), MerkleTreeError> {
        let leaf = Self::opened_leaves(&[item], &proof.salts)?[0];
        MerkleTree::<Hasher>::verify(commitment, index, leaf, &proof.paths)
    }

    fn verify_many(
        commitment: Digest,
        indexes: &[usize],
        items: &[Digest],
        proof: &Self::MultiProof,
    ) -> Result<(), MerkleTreeError> {
        let leaves = Self::opened_leaves(items, &proof.salts)?;
        MerkleTree::<Hasher>::verify_batch(&commitment, indexes, &leaves, &proof.paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: u64) -> Vec<Digest> {
        (0..n).map(|i| Hasher::hash(&i.to_le_bytes())).collect()
    }

    #[test]
    fn plain_trees_are_winterfells_merkle_trees() {
        let tree = with_salts(None, || SaltedMerkleTree::new(items(16)).unwrap());
        assert_eq!(tree.commitment(), *MerkleTree::<Hasher>::new(items(16)).unwrap().root());
        let (opened, proof) = tree.open_many(&[1, 5, 9]).unwrap();
        assert!(proof.salts.is_none());
        SaltedMerkleTree::verify_many(tree.commitment(), &[1, 5, 9], &opened, &proof).unwrap();
    }

    #[test]
    fn salted_trees_open_verify_and_bind() {
        let seed = Seed([3; 32]);
        let (a, b) = with_salts(Some(seed), || {
            (SaltedMerkleTree::new(items(16)).unwrap(), SaltedMerkleTree::new(items(16)).unwrap())
        });
        // Each tree has its own salts; the same seed gives the same trees.
        assert_ne!(a.commitment(), b.commitment());
        let again = with_salts(Some(seed), || SaltedMerkleTree::new(items(16)).unwrap());
        assert_eq!(a.commitment(), again.commitment());
        assert_ne!(a.commitment(), *MerkleTree::<Hasher>::new(items(16)).unwrap().root());

        let idx = [0, 3, 4, 15];
        let (opened, proof) = a.open_many(&idx).unwrap();
        assert_eq!(opened, idx.iter().map(|&i| items(16)[i]).collect::<Vec<_>>());
        SaltedMerkleTree::verify_many(a.commitment(), &idx, &opened, &proof).unwrap();
        let bytes = proof.to_bytes();
        let back = <SaltedMerkleTree as VectorCommitment<Hasher>>::MultiProof::read_from_bytes(&bytes).unwrap();
        assert_eq!(back, proof);

        // Another item, another salt, no salts, or too few salts: rejected.
        let mut wrong = opened.clone();
        wrong[1] = Hasher::hash(b"other");
        assert!(SaltedMerkleTree::verify_many(a.commitment(), &idx, &wrong, &proof).is_err());
        let copy = || <SaltedMerkleTree as VectorCommitment<Hasher>>::MultiProof::read_from_bytes(&bytes).unwrap();
        let mut resalted = copy();
        resalted.salts.as_mut().unwrap()[2] = Hasher::hash(b"salt");
        assert!(SaltedMerkleTree::verify_many(a.commitment(), &idx, &opened, &resalted).is_err());
        let unsalted = SaltedProof { salts: None, paths: copy().paths };
        assert!(SaltedMerkleTree::verify_many(a.commitment(), &idx, &opened, &unsalted).is_err());
        let short = SaltedProof { salts: Some(proof.salts.clone().unwrap()[..3].to_vec()), paths: copy().paths };
        assert!(SaltedMerkleTree::verify_many(a.commitment(), &idx, &opened, &short).is_err());

        let (item, single) = a.open(4).unwrap();
        SaltedMerkleTree::verify(a.commitment(), 4, item, &single).unwrap();
        assert!(SaltedMerkleTree::verify(a.commitment(), 5, item, &single).is_err());
    }
}

//! AWS Backup vaults name the KMS key that encrypts their recovery points.
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "backup-vault-kms-key",
    title: "AWS Backup vaults declare the KMS key that encrypts their backups",
    severity: Severity::High,
    service: "AWS Backup",
    section: "AWS Backup",
    cfr: &["45 CFR 164.312(a)(2)(iv)", "45 CFR 164.308(a)(7)(ii)(A)"],
    requirements: &["BACKUP-VAULT-ENCRYPTION"],
    kinds: &["AWS::Backup::BackupVault"],
    phi_only: false,
    rationale: "The whitepaper notes that AWS Backup encryption is configured per backup vault and \
that a key must be selected for a new vault. A vault holds copies of whatever its plans back up, \
so every vault is judged, whether or not it is marked. Without EncryptionKeyArn, AWS Backup uses \
its default key (aws/backup) for backups it encrypts itself; that default is accepted only with \
trust_aws_defaults. A customer managed key also lets the key policy limit who can restore.",
    remediation: "Set `EncryptionKeyArn` on the AWS::Backup::BackupVault to a KMS key ARN (a \
customer managed key with rotation); in Terraform, `kms_key_arn` on `aws_backup_vault`.",
    check: Check::Resource(check),
};

const PATH: &str = "EncryptionKeyArn";

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    match is_set(r, PATH) {
        Err(unknown) => unknown,
        Ok(true) => Outcome::pass("the vault names its encryption key")
            .l10n("backup-vault-key-named", &[])
            .at_lookup(PATH, r.get(PATH)),
        Ok(false) => ctx.aws_default_said(
            PATH,
            (
                "No EncryptionKeyArn is declared for the backup vault",
                "backup-vault-kms-key-default-missing",
            ),
            (
                "encrypts the vault's backups with the AWS Backup default key (aws/backup)",
                "backup-vault-kms-key-default-does",
            ),
        ),
    }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Decree 335's products counted in units (`productQuantity: UNITS`, docs/scoring.md): an
 * assignment of 10 delivered with 8 done is 8 of 10, no longer one product finished. A policy
 * version decides how its scores were computed, so only the versions no stored score and no
 * period uses yet take the new count — on a fresh install, the seeded Decree 335 version. A
 * version already used keeps counting products, and its scores stay reproducible; a province
 * moves to units with a new version (the presets now carry UNITS). Each version amended is audited.
 */
export class ProductUnits extends Migration {
  override name = '20261205100000-units';

  up() {
    this.addSql(`
      with amended as (
        update scoring.scoring_policy p
           set rules = p.rules || '{"productQuantity": "UNITS"}'::jsonb
         where not (p.rules ? 'productQuantity')
           and not exists (select 1 from scoring.period_score s where s.policy_version = p.version)
           and not exists (select 1 from scoring.scoring_period r where r.policy_version = p.version)
        returning p.version
      )
      insert into scoring.scoring_audit (id, action, period_code, actor, reason)
      select gen_random_uuid(), 'amend-policy', null, 'migration',
             'Version ' || version || ': Decree 335 products counted in units (productQuantity UNITS); no score used it yet'
        from amended`);
  }
}

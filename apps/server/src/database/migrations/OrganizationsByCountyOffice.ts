import { Migration } from '@mikro-orm/migrations';

/**
 * A county office's LEAs by name (a liaison's LEA list) from one index range: the index on
 * the county office alone left PostgreSQL combining it with the index of every LEA's kind and
 * sorting, a cost that grew with the state's LEAs rather than the county's. It also serves what
 * the index it replaces did.
 */
export class OrganizationsByCountyOffice extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create index "organization_county_office_id_kind_name_index" on "organization" ("county_office_id", "kind", "name");',
    );
    this.addSql('drop index "organization_county_office_id_index";');
  }

  override async down(): Promise<void> {
    this.addSql(
      'create index "organization_county_office_id_index" on "organization" ("county_office_id");',
    );
    this.addSql('drop index "organization_county_office_id_kind_name_index";');
  }
}

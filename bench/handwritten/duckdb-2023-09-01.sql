-- Hand-written eligibility on 2023-09-01, for `npm run bench:rules:sql` (bench/rules-duckdb.ts).
--
-- One count_if per pathway whose eligibility rules are in force on 2023-09-01: the number of
-- profiles that certainly qualify, written directly in DuckDB SQL the way an analyst would, from
-- each pathway's criteria in data/pathways/**. It is the yardstick the compiled rules
-- (src/rules/sql/to-sql.ts) are timed against, so it must count exactly the same profiles.
--
-- The `profiles` table has one column per variable of data/variables.yaml: booleans as BOOLEAN,
-- country lists as VARCHAR[], family as STRUCT(country, relationship, status)[], dates as
-- 'YYYY-MM-DD' VARCHAR, an unanswered question as NULL. Things that must match the rules engine:
--   * NULL is "unknown" and count_if counts TRUE only, so a profile with an unanswered question
--     that decides the outcome is not counted; `NOT has_criminal_record` is NULL when unanswered.
--   * `!{"var": "nationalities"}` (JsonLogic truthiness) is "answered, and the list is empty".
--   * years_between is whole years at the evaluation date, so "at least 18" is a birth date on or
--     before 2005-09-01, "under 21" a birth date after 2002-09-01, and so on.
--
-- If the catalogue changes (a pathway's criteria, or which pathways are in force on this date),
-- update this file: the benchmark fails naming each pathway whose count differs, with both
-- counts, and lists the pathways missing here or no longer in force.
SELECT
  count_if(list_contains(nationalities, 'VE') AND birth_date > '2005-09-01' AND current_country = 'AR')
    AS "ar-nna-venezolanos-2021",
  count_if(
    len(list_filter(family, lambda f: f.country = 'AR' AND (
          (f.status = 'citizen' AND f.relationship IN ('spouse', 'parent', 'child'))
       OR (f.status = 'permanent_resident' AND f.relationship IN ('spouse', 'child'))))) > 0
    OR (birth_date > '2005-09-01'
        AND len(list_filter(family, lambda f: f.country = 'AR' AND f.status = 'permanent_resident' AND f.relationship = 'parent')) > 0))
    AS "ar-residencia-reunificacion-familiar",
  count_if(list_contains(nationalities, 'UA') AND (current_country <> 'AR' OR entry_date >= '2022-03-08'))
    AS "ar-visado-humanitario-ucrania",
  count_if(list_contains(nationalities, 'AF') AND NOT has_criminal_record AND (current_country = 'BR' OR has_valid_passport))
    AS "br-humanitarian-visa-afghanistan",
  count_if((list_contains(nationalities, 'HT') OR (len(nationalities) = 0 AND current_country = 'HT'))
           AND (current_country = 'BR' OR has_valid_passport) AND NOT has_criminal_record)
    AS "br-humanitarian-visa-haiti",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'BR'
           AND current_status IN ('asylum_seeker', 'refugee', 'temporary_resident', 'permanent_resident'))
    AS "br-operacao-acolhida-interiorizacao",
  count_if(list_has_any(nationalities, ['AR', 'BB', 'BO', 'CO', 'CR', 'SV', 'EC', 'GT', 'GY', 'HT', 'HN', 'MX', 'NI', 'PA', 'PY', 'PE', 'DO', 'SR', 'TT', 'UY', 'VE'])
           AND NOT list_contains(nationalities, 'BR') AND current_country <> 'BR' AND birth_date <= '2005-09-01')
    AS "br-pec-g",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'BR' AND current_status = 'asylum_seeker')
    AS "br-prima-facie-refugee-venezuelans",
  count_if(list_has_any(nationalities, ['VE', 'GY', 'SR']) AND current_country = 'BR' AND NOT has_criminal_record
           AND (list_contains(nationalities, 'VE') OR entry_regular OR entry_date < '2020-03-18' OR entry_date > '2022-04-01'))
    AS "br-residence-venezuelans-pi9",
  count_if(current_status IN ('refugee', 'asylum_seeker') AND current_country <> 'CA')
    AS "ca-empp",
  count_if(list_has_any(nationalities, ['MX', 'AI', 'AG', 'BB', 'DM', 'GD', 'JM', 'MS', 'KN', 'LC', 'VC', 'TT'])
           AND birth_date <= '2005-09-01' AND occupation_sector = 'agriculture')
    AS "ca-sawp",
  count_if(list_contains(job_offer_countries, 'CA') AND occupation_sector = 'agriculture')
    AS "ca-tfwp-agricultural-stream",
  count_if(list_has_any(nationalities, ['GT', 'SV', 'HN', 'NI']) AND (birth_date <= '2005-09-01' OR has_valid_passport))
    AS "ca4-free-mobility",
  count_if(list_has_any(nationalities, ['BO', 'CO', 'EC', 'PE']) AND NOT has_criminal_record)
    AS "can-andean-migration-statute",
  count_if(list_has_any(nationalities, ['AG', 'BB', 'BZ', 'DM', 'GD', 'GY', 'JM', 'KN', 'LC', 'VC', 'SR', 'TT']) AND has_valid_passport)
    AS "caricom-csme-skills-certificate",
  count_if(list_contains(nationalities, 'HT') AND current_country = 'HT' AND has_valid_passport AND NOT has_criminal_record
           AND len(list_filter(family, lambda f: f.country = 'CL' AND f.relationship IN ('spouse', 'parent')
                                                AND f.status IN ('temporary_resident', 'permanent_resident'))) > 0
           AND (birth_date > '1998-09-01'
                OR len(list_filter(family, lambda f: f.country = 'CL' AND f.relationship = 'spouse'
                                                     AND f.status IN ('temporary_resident', 'permanent_resident'))) > 0))
    AS "cl-visa-humanitaria-reunificacion-haiti",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'CO' AND NOT has_criminal_record
           AND entry_regular AND entry_date BETWEEN '2021-05-29' AND '2023-05-28')
    AS "co-etpv-ppt",
  count_if(list_has_any(nationalities, ['CU', 'NI', 'VE']) AND current_country = 'CR'
           AND asylum_claim_date BETWEEN '2010-01-01' AND '2022-09-30' AND entry_date <= asylum_claim_date
           AND current_status IN ('asylum_seeker', 'none') AND NOT has_criminal_record)
    AS "cr-categoria-especial-temporal-2023",
  count_if(list_contains(nationalities, 'NI') AND occupation_sector = 'agriculture' AND list_contains(job_offer_countries, 'CR'))
    AS "cr-ni-binational-agricultural-workers",
  count_if(list_has_any(nationalities, ['VE', 'NI', 'CU']) AND current_country = 'CR' AND entry_date < '2020-03-18'
           AND current_status = 'none' AND asylum_claim_date <= '2023-09-01' AND NOT has_criminal_record)
    AS "cr-proteccion-complementaria-2020",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'EC' AND entry_date <= '2022-06-01' AND NOT has_criminal_record)
    AS "ec-virte-2022",
  count_if(list_contains(nationalities, 'GT') AND birth_date <= '2005-09-01')
    AS "gt-programa-trabajo-temporal-extranjero",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'GY')
    AS "gy-venezuelan-stay-permit",
  count_if(NOT list_contains(nationalities, 'HN') AND current_country = 'HN' AND NOT entry_regular)
    AS "hn-amnistia-migratoria-transito",
  count_if(list_has_any(nationalities, ['AR', 'BR', 'PY', 'UY', 'BO', 'CL', 'PE', 'CO', 'EC']) AND NOT has_criminal_record)
    AS "mercosur-residence-agreement",
  count_if(NOT list_contains(nationalities, 'MX') AND current_country = 'MX')
    AS "mx-comar-refugee-recognition",
  count_if(NOT list_contains(nationalities, 'MX') AND current_country <> 'MX'
           AND (list_contains(nationalities, current_country)
                OR current_status IN ('visitor', 'temporary_resident', 'permanent_resident', 'refugee', 'temporary_protection')))
    AS "mx-residente-temporal-estudiante",
  count_if(current_country = 'MX' AND current_status = 'asylum_seeker')
    AS "mx-tarjeta-visitante-razones-humanitarias",
  count_if(list_has_any(nationalities, ['GT', 'BZ', 'SV', 'HN'])
           OR (current_country IN ('GT', 'BZ', 'SV', 'HN') AND current_status = 'permanent_resident'))
    AS "mx-tarjeta-visitante-regional",
  count_if(list_has_any(nationalities, ['GT', 'BZ']) AND list_contains(job_offer_countries, 'MX'))
    AS "mx-tarjeta-visitante-trabajador-fronterizo",
  count_if(list_has_any(nationalities, ['AG', 'DM', 'GD', 'MS', 'KN', 'LC', 'VC']))
    AS "oecs-free-movement",
  count_if(current_country = 'PA' AND entry_date <= '2022-07-17' AND current_status = 'none')
    AS "pa-permiso-temporal-proteccion-2023",
  count_if(NOT list_contains(nationalities, 'PE') AND current_country = 'PE' AND entry_date <= '2023-05-10'
           AND current_status = 'none' AND NOT has_criminal_record)
    AS "pe-cpp-2023",
  count_if(list_contains(nationalities, 'VE') AND current_country IN ('VE', 'CO', 'EC') AND NOT has_criminal_record)
    AS "pe-visa-humanitaria-venezolanos",
  count_if(current_country = 'MX' AND NOT list_contains(nationalities, 'US'))
    AS "us-cbp-one-appointments",
  count_if(list_has_any(nationalities, ['SV', 'GT', 'HN']) AND current_country IN ('SV', 'GT', 'HN') AND birth_date > '2002-09-01'
           AND len(list_filter(family, lambda f: f.country = 'US' AND f.relationship = 'parent'
                                                AND f.status IN ('permanent_resident', 'temporary_resident'))) > 0)
    AS "us-central-american-minors",
  -- CHNV nationals with no other nationality: a non-empty list of CU/HT/NI/VE only.
  count_if(len(nationalities) > 0 AND list_has_all(['CU', 'HT', 'NI', 'VE'], nationalities)
           AND current_country <> 'US' AND list_contains(sponsor_countries, 'US') AND has_valid_passport
           AND (current_country IN ('CU', 'HT', 'NI', 'VE') OR current_status <> 'permanent_resident')
           AND current_status <> 'refugee')
    AS "us-chnv-parole",
  count_if(list_has_any(nationalities, ['CO', 'CU', 'SV', 'GT', 'HT', 'HN']) AND current_country <> 'US'
           AND len(list_filter(family, lambda f: f.country = 'US' AND f.status IN ('citizen', 'permanent_resident'))) > 0)
    AS "us-family-reunification-parole",
  count_if(list_has_any(nationalities, ['GT', 'SV', 'HN', 'HT']) AND list_contains(job_offer_countries, 'US')
           AND occupation_sector <> 'agriculture')
    AS "us-h2b-supplemental-central-america-haiti",
  -- Safe Mobility Offices, by host country: group, presence cut-off and (Costa Rica) asylum claim.
  count_if((current_country = 'CO' AND list_has_any(nationalities, ['CU', 'HT', 'VE']) AND entry_date <= '2023-06-11')
        OR (current_country = 'CR' AND list_has_any(nationalities, ['NI', 'VE']) AND entry_date <= '2023-06-12'
            AND current_status = 'asylum_seeker')
        OR (current_country = 'GT' AND list_has_any(nationalities, ['GT', 'SV', 'HN', 'NI'])))
    AS "us-safe-mobility-offices",
  count_if(list_contains(nationalities, 'SV') AND current_country = 'US' AND entry_date <= '2001-02-13'
           AND current_status = 'temporary_protection')
    AS "us-tps-el-salvador",
  count_if(list_contains(nationalities, 'HT') AND current_country = 'US' AND entry_date <= '2022-11-06')
    AS "us-tps-haiti",
  count_if(list_contains(nationalities, 'HN') AND current_country = 'US' AND entry_date <= '1998-12-30'
           AND current_status = 'temporary_protection')
    AS "us-tps-honduras",
  count_if(list_contains(nationalities, 'NI') AND current_country = 'US' AND entry_date <= '1998-12-30'
           AND current_status = 'temporary_protection')
    AS "us-tps-nicaragua",
  count_if(list_contains(nationalities, 'VE') AND current_country = 'US' AND entry_date <= '2021-03-08'
           AND current_status = 'temporary_protection')
    AS "us-tps-venezuela",
  count_if(current_country IN ('MX', 'GT', 'BZ', 'SV', 'HN', 'NI', 'CR', 'PA', 'CO', 'VE', 'EC', 'PE', 'BO', 'CL', 'AR', 'PY', 'UY',
                               'BR', 'GY', 'SR', 'CU', 'HT', 'DO', 'JM', 'BS', 'BB', 'TT', 'AG', 'DM', 'GD', 'KN', 'LC', 'VC'))
    AS "us-usrap-latin-america-caribbean",
  count_if((list_has_any(nationalities, ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PE', 'PY', 'SR', 'VE'])
            OR len(list_filter(family, lambda f: f.country = 'UY' AND f.status = 'citizen'
                                                 AND f.relationship IN ('spouse', 'child', 'sibling'))) > 0)
           AND NOT has_criminal_record)
    AS "uy-residencia-permanente-mercosur"
FROM profiles;

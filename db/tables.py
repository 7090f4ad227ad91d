"""The models' tables as plain data, made from db/models.py by db/make_tables.py
(`python -m db.make_tables`; a test checks they match): what a fresh SQLite build
and `add` in place read of the schema, without importing SQLAlchemy."""

# fmt: off
# table -> (columns, primary key columns), parents before children (the models' sorted_tables)
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {'build_info': (('name', 'value'), ('name',)),
 'corpus_counts': (('kind', 'key', 'value', 'articles'), ('kind', 'key', 'value')),
 'extraction_cache': (('article_sha256', 'extractor_version', 'payload'), ('article_sha256', 'extractor_version')),
 'organisations': (('id', 'name', 'found_by', 'confidence'), ('id',)),
 'outlets': (('id', 'name', 'found_by'), ('id',)),
 'people': (('id', 'name', 'found_by', 'confidence'), ('id',)),
 'places': (('kind', 'id', 'name', 'found_by', 'confidence'), ('id',)),
 'articles': (('id',
               'file_name',
               'text',
               'body',
               'title',
               'published',
               'published_as_written',
               'byline',
               'dateline',
               'outlet_id',
               'sha256',
               'word_count',
               'paragraph_count',
               'label',
               'label_is_derived'),
              ('id',)),
 'claim_groups': (('id', 'subject_id', 'metric', 'unit', 'status', 'disagreements', 'article_count', 'claim_count'),
                  ('id',)),
 'products': (('kind', 'maker_id', 'id', 'name', 'found_by', 'confidence'), ('id',)),
 'quote_groups': (('id', 'speaker_id', 'text', 'article_count', 'quote_count'), ('id',)),
 'article_records': (('article_id', 'payload'), ('article_id',)),
 'claim_members': (('claim_id', 'article_id', 'member'), ('claim_id',)),
 'claim_placements': (('claim_id', 'article_id', 'placement'), ('claim_id',)),
 'claims': (('id',
             'article_id',
             'group_id',
             'value',
             'unit',
             'scale',
             'also_value',
             'also_unit',
             'direction',
             'metric',
             'subject_id',
             'period',
             'period_as_written',
             'scope',
             'source',
             'modality',
             'qualifier',
             'span_start',
             'span_end',
             'text',
             'value_high',
             'precision',
             'metric_cue',
             'moment',
             'reading_order'),
            ('id',)),
 'corpus_index': (('kind', 'key', 'article_id', 'value'), ('kind', 'key', 'article_id', 'value')),
 'entity_contributions': (('kind',
                           'entity_id',
                           'article_id',
                           'name',
                           'rule',
                           'confidence',
                           'best_rule',
                           'best_confidence',
                           'subkind',
                           'role_name',
                           'in_findings'),
                          ('kind', 'entity_id', 'article_id')),
 'mentions': (('id',
               'article_id',
               'kind',
               'entity_id',
               'organisation_id',
               'person_id',
               'product_id',
               'place_id',
               'rule',
               'confidence',
               'span_start',
               'span_end',
               'text',
               'reading_order'),
              ('id',)),
 'paragraphs': (('id', 'article_id', 'position', 'span_start', 'span_end', 'text', 'reading_order'), ('id',)),
 'person_roles': (('id',
                   'article_id',
                   'person_id',
                   'organisation_id',
                   'title',
                   'rule',
                   'span_start',
                   'span_end',
                   'text'),
                  ('id',)),
 'quote_printings': (('key', 'article_id', 'printings'), ('key', 'article_id')),
 'quotes': (('id',
             'article_id',
             'speaker_id',
             'kind',
             'cue',
             'speaker_as_written',
             'speaker_resolution',
             'source',
             'span_start',
             'span_end',
             'text',
             'reading_order'),
            ('id',)),
 'removed_parts': (('id', 'article_id', 'kind', 'rule', 'span_start', 'span_end', 'text'), ('id',)),
 'quote_group_members': (('id',
                          'group_id',
                          'quote_id',
                          'article_id',
                          'match',
                          'score',
                          'difference',
                          'span_start',
                          'span_end',
                          'text'),
                         ('id',)),
 'sentences': (('id', 'article_id', 'paragraph_id', 'position', 'span_start', 'span_end', 'text', 'reading_order'),
               ('id',))}

# Tables stored in primary-key order whatever the order their rows were written in, once VACUUMed:
# WITHOUT ROWID, or keyed by an INTEGER PRIMARY KEY (the rowid). Their rows need no sorting before they are written.
STORED_IN_KEY_ORDER: frozenset[str] = frozenset(['claim_groups',
 'claim_members',
 'claim_placements',
 'claims',
 'corpus_counts',
 'corpus_index',
 'entity_contributions',
 'extraction_cache',
 'mentions',
 'paragraphs',
 'person_roles',
 'quote_group_members',
 'quote_groups',
 'quote_printings',
 'quotes',
 'removed_parts',
 'sentences'])

# A fresh SQLite file's tables and indexes, then Alembic's version table (db/engine.py: create_at_head)
SQLITE_CREATE: tuple[str, ...] = ('\n'
 'CREATE TABLE build_info (\n'
 '\tname TEXT NOT NULL, \n'
 '\tvalue TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_build_info PRIMARY KEY (name)\n'
 ')\n'
 '\n',
 '\n'
 'CREATE TABLE corpus_counts (\n'
 '\tkind TEXT NOT NULL, \n'
 '\t"key" TEXT NOT NULL, \n'
 '\tvalue TEXT NOT NULL, \n'
 '\tarticles INTEGER NOT NULL, \n'
 '\tCONSTRAINT pk_corpus_counts PRIMARY KEY (kind, "key", value)\n'
 ')\n'
 ' WITHOUT ROWID\n'
 '\n',
 '\n'
 'CREATE TABLE extraction_cache (\n'
 '\tarticle_sha256 TEXT NOT NULL, \n'
 '\textractor_version TEXT NOT NULL, \n'
 '\tpayload BLOB NOT NULL, \n'
 '\tCONSTRAINT pk_extraction_cache PRIMARY KEY (article_sha256, extractor_version)\n'
 ')\n'
 ' WITHOUT ROWID\n'
 '\n',
 '\n'
 'CREATE TABLE organisations (\n'
 '\tid TEXT NOT NULL, \n'
 '\tname TEXT NOT NULL, \n'
 '\tfound_by TEXT NOT NULL, \n'
 '\tconfidence FLOAT NOT NULL, \n'
 '\tCONSTRAINT pk_organisations PRIMARY KEY (id), \n'
 '\tCONSTRAINT uq_organisations_name UNIQUE (name)\n'
 ')\n'
 '\n',
 '\n'
 'CREATE TABLE outlets (\n'
 '\tid TEXT NOT NULL, \n'
 '\tname TEXT NOT NULL, \n'
 '\tfound_by TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_outlets PRIMARY KEY (id), \n'
 '\tCONSTRAINT uq_outlets_name UNIQUE (name)\n'
 ')\n'
 '\n',
 '\n'
 'CREATE TABLE people (\n'
 '\tid TEXT NOT NULL, \n'
 '\tname TEXT NOT NULL, \n'
 '\tfound_by TEXT NOT NULL, \n'
 '\tconfidence FLOAT NOT NULL, \n'
 '\tCONSTRAINT pk_people PRIMARY KEY (id), \n'
 '\tCONSTRAINT uq_people_name UNIQUE (name)\n'
 ')\n'
 '\n',
 '\n'
 'CREATE TABLE places (\n'
 '\tkind TEXT NOT NULL, \n'
 '\tid TEXT NOT NULL, \n'
 '\tname TEXT NOT NULL, \n'
 '\tfound_by TEXT NOT NULL, \n'
 '\tconfidence FLOAT NOT NULL, \n'
 '\tCONSTRAINT pk_places PRIMARY KEY (id), \n'
 '\tCONSTRAINT uq_places_name UNIQUE (name)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_places_kind ON places (kind)',
 '\n'
 'CREATE TABLE articles (\n'
 '\tid TEXT NOT NULL, \n'
 '\tfile_name TEXT NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tbody TEXT NOT NULL, \n'
 '\ttitle TEXT, \n'
 '\tpublished TEXT, \n'
 '\tpublished_as_written TEXT, \n'
 '\tbyline TEXT, \n'
 '\tdateline TEXT, \n'
 '\toutlet_id TEXT, \n'
 '\tsha256 TEXT NOT NULL, \n'
 '\tword_count INTEGER NOT NULL, \n'
 '\tparagraph_count INTEGER NOT NULL, \n'
 "\tlabel TEXT DEFAULT '' NOT NULL, \n"
 "\tlabel_is_derived INTEGER DEFAULT '0' NOT NULL, \n"
 '\tCONSTRAINT pk_articles PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_articles_outlet_id_outlets FOREIGN KEY(outlet_id) REFERENCES outlets (id), \n'
 '\tCONSTRAINT uq_articles_sha256 UNIQUE (sha256)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_articles_outlet_id ON articles (outlet_id)',
 'CREATE INDEX ix_articles_published ON articles (published)',
 '\n'
 'CREATE TABLE claim_groups (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tsubject_id TEXT, \n'
 '\tmetric TEXT NOT NULL, \n'
 '\tunit TEXT NOT NULL, \n'
 '\tstatus TEXT NOT NULL, \n'
 '\tdisagreements TEXT, \n'
 '\tarticle_count INTEGER NOT NULL, \n'
 '\tclaim_count INTEGER NOT NULL, \n'
 '\tCONSTRAINT pk_claim_groups PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_claim_groups_subject_id_organisations FOREIGN KEY(subject_id) REFERENCES organisations (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_claim_groups_article_count ON claim_groups (article_count)',
 'CREATE INDEX ix_claim_groups_metric ON claim_groups (metric)',
 'CREATE INDEX ix_claim_groups_status ON claim_groups (status)',
 'CREATE INDEX ix_claim_groups_subject_id ON claim_groups (subject_id)',
 '\n'
 'CREATE TABLE products (\n'
 '\tkind TEXT NOT NULL, \n'
 '\tmaker_id TEXT, \n'
 '\tid TEXT NOT NULL, \n'
 '\tname TEXT NOT NULL, \n'
 '\tfound_by TEXT NOT NULL, \n'
 '\tconfidence FLOAT NOT NULL, \n'
 '\tCONSTRAINT pk_products PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_products_maker_id_organisations FOREIGN KEY(maker_id) REFERENCES organisations (id), \n'
 '\tCONSTRAINT uq_products_name UNIQUE (name)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_products_kind ON products (kind)',
 'CREATE INDEX ix_products_maker_id ON products (maker_id)',
 '\n'
 'CREATE TABLE quote_groups (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tspeaker_id TEXT, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tarticle_count INTEGER NOT NULL, \n'
 '\tquote_count INTEGER NOT NULL, \n'
 '\tCONSTRAINT pk_quote_groups PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_quote_groups_speaker_id_people FOREIGN KEY(speaker_id) REFERENCES people (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_quote_groups_article_count ON quote_groups (article_count)',
 'CREATE INDEX ix_quote_groups_article_count_id ON quote_groups (article_count, id)',
 'CREATE INDEX ix_quote_groups_speaker_id ON quote_groups (speaker_id)',
 '\n'
 'CREATE TABLE article_records (\n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tpayload BLOB NOT NULL, \n'
 '\tCONSTRAINT pk_article_records PRIMARY KEY (article_id), \n'
 '\tCONSTRAINT fk_article_records_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 '\n'
 'CREATE TABLE claim_members (\n'
 '\tclaim_id INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tmember TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_claim_members PRIMARY KEY (claim_id), \n'
 '\tCONSTRAINT fk_claim_members_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_claim_members_article_id ON claim_members (article_id)',
 '\n'
 'CREATE TABLE claim_placements (\n'
 '\tclaim_id INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tplacement TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_claim_placements PRIMARY KEY (claim_id), \n'
 '\tCONSTRAINT fk_claim_placements_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_claim_placements_article_id ON claim_placements (article_id)',
 '\n'
 'CREATE TABLE claims (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tgroup_id INTEGER NOT NULL, \n'
 '\tvalue FLOAT NOT NULL, \n'
 '\tunit TEXT NOT NULL, \n'
 '\tscale TEXT, \n'
 '\talso_value FLOAT, \n'
 '\talso_unit TEXT, \n'
 '\tdirection TEXT, \n'
 '\tmetric TEXT NOT NULL, \n'
 '\tsubject_id TEXT, \n'
 '\tperiod TEXT, \n'
 '\tperiod_as_written TEXT, \n'
 '\tscope TEXT, \n'
 '\tsource TEXT, \n'
 '\tmodality TEXT NOT NULL, \n'
 '\tqualifier TEXT, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tvalue_high FLOAT, \n'
 '\tprecision FLOAT, \n'
 '\tmetric_cue TEXT, \n'
 '\tmoment TEXT, \n'
 "\treading_order TEXT DEFAULT '' NOT NULL, \n"
 '\tCONSTRAINT pk_claims PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_claims_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), \n'
 '\tCONSTRAINT fk_claims_group_id_claim_groups FOREIGN KEY(group_id) REFERENCES claim_groups (id), \n'
 '\tCONSTRAINT fk_claims_subject_id_organisations FOREIGN KEY(subject_id) REFERENCES organisations (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_claims_article_id ON claims (article_id)',
 'CREATE INDEX ix_claims_direction ON claims (direction)',
 'CREATE INDEX ix_claims_group_id ON claims (group_id)',
 'CREATE INDEX ix_claims_metric ON claims (metric)',
 'CREATE INDEX ix_claims_modality ON claims (modality)',
 'CREATE INDEX ix_claims_period ON claims (period)',
 'CREATE INDEX ix_claims_reading_order ON claims (reading_order)',
 'CREATE INDEX ix_claims_scope ON claims (scope)',
 'CREATE INDEX ix_claims_source ON claims (source)',
 'CREATE INDEX ix_claims_subject_id ON claims (subject_id)',
 'CREATE INDEX ix_claims_unit ON claims (unit)',
 'CREATE INDEX ix_claims_value ON claims (value)',
 '\n'
 'CREATE TABLE corpus_index (\n'
 '\tkind TEXT NOT NULL, \n'
 '\t"key" TEXT NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tvalue TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_corpus_index PRIMARY KEY (kind, "key", article_id, value), \n'
 '\tCONSTRAINT fk_corpus_index_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 ' WITHOUT ROWID\n'
 '\n',
 'CREATE INDEX ix_corpus_index_article_id ON corpus_index (article_id)',
 '\n'
 'CREATE TABLE entity_contributions (\n'
 '\tkind TEXT NOT NULL, \n'
 '\tentity_id TEXT NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tname TEXT, \n'
 '\trule TEXT, \n'
 '\tconfidence FLOAT, \n'
 '\tbest_rule TEXT, \n'
 '\tbest_confidence FLOAT, \n'
 '\tsubkind TEXT, \n'
 '\trole_name TEXT, \n'
 '\tin_findings INTEGER NOT NULL, \n'
 '\tCONSTRAINT pk_entity_contributions PRIMARY KEY (kind, entity_id, article_id), \n'
 '\tCONSTRAINT fk_entity_contributions_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 ' WITHOUT ROWID\n'
 '\n',
 'CREATE INDEX ix_entity_contributions_article_id ON entity_contributions (article_id)',
 '\n'
 'CREATE TABLE mentions (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tkind TEXT NOT NULL, \n'
 '\tentity_id TEXT NOT NULL, \n'
 '\torganisation_id TEXT, \n'
 '\tperson_id TEXT, \n'
 '\tproduct_id TEXT, \n'
 '\tplace_id TEXT, \n'
 '\trule TEXT NOT NULL, \n'
 '\tconfidence FLOAT NOT NULL, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 "\treading_order TEXT DEFAULT '' NOT NULL, \n"
 '\tCONSTRAINT pk_mentions PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_mentions_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), \n'
 '\tCONSTRAINT fk_mentions_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations (id), \n'
 '\tCONSTRAINT fk_mentions_person_id_people FOREIGN KEY(person_id) REFERENCES people (id), \n'
 '\tCONSTRAINT fk_mentions_product_id_products FOREIGN KEY(product_id) REFERENCES products (id), \n'
 '\tCONSTRAINT fk_mentions_place_id_places FOREIGN KEY(place_id) REFERENCES places (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_mentions_article_id ON mentions (article_id)',
 'CREATE INDEX ix_mentions_entity_id ON mentions (entity_id)',
 'CREATE INDEX ix_mentions_kind ON mentions (kind)',
 'CREATE INDEX ix_mentions_organisation_id ON mentions (organisation_id)',
 'CREATE INDEX ix_mentions_person_id ON mentions (person_id)',
 'CREATE INDEX ix_mentions_place_id ON mentions (place_id)',
 'CREATE INDEX ix_mentions_product_id ON mentions (product_id)',
 'CREATE INDEX ix_mentions_reading_order ON mentions (reading_order)',
 'CREATE INDEX ix_mentions_rule ON mentions (rule)',
 '\n'
 'CREATE TABLE paragraphs (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 "\treading_order TEXT DEFAULT '' NOT NULL, \n"
 '\tCONSTRAINT pk_paragraphs PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_paragraphs_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_paragraphs_article_id ON paragraphs (article_id)',
 'CREATE INDEX ix_paragraphs_reading_order ON paragraphs (reading_order)',
 '\n'
 'CREATE TABLE person_roles (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tperson_id TEXT NOT NULL, \n'
 '\torganisation_id TEXT, \n'
 '\ttitle TEXT NOT NULL, \n'
 '\trule TEXT NOT NULL, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_person_roles PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_person_roles_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), \n'
 '\tCONSTRAINT fk_person_roles_person_id_people FOREIGN KEY(person_id) REFERENCES people (id), \n'
 '\tCONSTRAINT fk_person_roles_organisation_id_organisations FOREIGN KEY(organisation_id) REFERENCES organisations '
 '(id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_person_roles_article_id ON person_roles (article_id)',
 'CREATE INDEX ix_person_roles_organisation_id ON person_roles (organisation_id)',
 'CREATE INDEX ix_person_roles_person_id ON person_roles (person_id)',
 'CREATE INDEX ix_person_roles_title ON person_roles (title)',
 '\n'
 'CREATE TABLE quote_printings (\n'
 '\t"key" TEXT NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tprintings TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_quote_printings PRIMARY KEY ("key", article_id), \n'
 '\tCONSTRAINT fk_quote_printings_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 ' WITHOUT ROWID\n'
 '\n',
 'CREATE INDEX ix_quote_printings_article_id ON quote_printings (article_id)',
 '\n'
 'CREATE TABLE quotes (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tspeaker_id TEXT, \n'
 '\tkind TEXT NOT NULL, \n'
 '\tcue TEXT, \n'
 '\tspeaker_as_written TEXT, \n'
 '\tspeaker_resolution TEXT NOT NULL, \n'
 '\tsource TEXT, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 "\treading_order TEXT DEFAULT '' NOT NULL, \n"
 '\tCONSTRAINT pk_quotes PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_quotes_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), \n'
 '\tCONSTRAINT fk_quotes_speaker_id_people FOREIGN KEY(speaker_id) REFERENCES people (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_quotes_article_id ON quotes (article_id)',
 'CREATE INDEX ix_quotes_cue ON quotes (cue)',
 'CREATE INDEX ix_quotes_kind ON quotes (kind)',
 'CREATE INDEX ix_quotes_reading_order ON quotes (reading_order)',
 'CREATE INDEX ix_quotes_speaker_id ON quotes (speaker_id)',
 '\n'
 'CREATE TABLE removed_parts (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tkind TEXT NOT NULL, \n'
 '\trule TEXT NOT NULL, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_removed_parts PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_removed_parts_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_removed_parts_article_id ON removed_parts (article_id)',
 'CREATE INDEX ix_removed_parts_kind ON removed_parts (kind)',
 '\n'
 'CREATE TABLE quote_group_members (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tgroup_id INTEGER NOT NULL, \n'
 '\tquote_id INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\t"match" TEXT NOT NULL, \n'
 '\tscore FLOAT NOT NULL, \n'
 '\tdifference TEXT, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 '\tCONSTRAINT pk_quote_group_members PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_quote_group_members_group_id_quote_groups FOREIGN KEY(group_id) REFERENCES quote_groups (id), \n'
 '\tCONSTRAINT fk_quote_group_members_quote_id_quotes FOREIGN KEY(quote_id) REFERENCES quotes (id), \n'
 '\tCONSTRAINT fk_quote_group_members_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_quote_group_members_article_id ON quote_group_members (article_id)',
 'CREATE INDEX ix_quote_group_members_group_id ON quote_group_members (group_id)',
 'CREATE INDEX ix_quote_group_members_group_id_article_id ON quote_group_members (group_id, article_id)',
 'CREATE INDEX ix_quote_group_members_match ON quote_group_members ("match")',
 'CREATE INDEX ix_quote_group_members_quote_id ON quote_group_members (quote_id)',
 '\n'
 'CREATE TABLE sentences (\n'
 '\tid INTEGER NOT NULL, \n'
 '\tarticle_id TEXT NOT NULL, \n'
 '\tparagraph_id INTEGER NOT NULL, \n'
 '\tposition INTEGER NOT NULL, \n'
 '\tspan_start INTEGER NOT NULL, \n'
 '\tspan_end INTEGER NOT NULL, \n'
 '\ttext TEXT NOT NULL, \n'
 "\treading_order TEXT DEFAULT '' NOT NULL, \n"
 '\tCONSTRAINT pk_sentences PRIMARY KEY (id), \n'
 '\tCONSTRAINT fk_sentences_article_id_articles FOREIGN KEY(article_id) REFERENCES articles (id), \n'
 '\tCONSTRAINT fk_sentences_paragraph_id_paragraphs FOREIGN KEY(paragraph_id) REFERENCES paragraphs (id)\n'
 ')\n'
 '\n',
 'CREATE INDEX ix_sentences_article_id ON sentences (article_id)',
 'CREATE INDEX ix_sentences_paragraph_id ON sentences (paragraph_id)',
 'CREATE INDEX ix_sentences_reading_order ON sentences (reading_order)',
 '\n'
 'CREATE TABLE alembic_version (\n'
 '\tversion_num VARCHAR(32) NOT NULL, \n'
 '\tCONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n'
 ')\n'
 '\n')

# datapackage.json's resources; each one's path is the database file's (db/datapackage.py)
RESOURCES: list[dict] = [{'name': 'build_info',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'build_info'}},
  'schema': {'fields': [{'name': 'name', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'value', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['name']},
  'description': 'What made this database: program and extractor versions, a digest of the\n'
                 "seeds, the database engine's version. No timestamps: same inputs, same bytes."},
 {'name': 'organisations',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'organisations'}},
  'schema': {'fields': [{'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'name', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'found_by', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'confidence', 'type': 'number', 'constraints': {'required': True}}],
             'primaryKey': ['id']}},
 {'name': 'outlets',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'outlets'}},
  'schema': {'fields': [{'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'name', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'found_by', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id']}},
 {'name': 'people',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'people'}},
  'schema': {'fields': [{'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'name', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'found_by', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'confidence', 'type': 'number', 'constraints': {'required': True}}],
             'primaryKey': ['id']}},
 {'name': 'places',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'places'}},
  'schema': {'fields': [{'name': 'kind', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'name', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'found_by', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'confidence', 'type': 'number', 'constraints': {'required': True}}],
             'primaryKey': ['id']}},
 {'name': 'articles',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'articles'}},
  'schema': {'fields': [{'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'file_name', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'body', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'title', 'type': 'string'},
                        {'name': 'published', 'type': 'string'},
                        {'name': 'published_as_written', 'type': 'string'},
                        {'name': 'byline', 'type': 'string'},
                        {'name': 'dateline', 'type': 'string'},
                        {'name': 'outlet_id', 'type': 'string'},
                        {'name': 'sha256', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'word_count', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'paragraph_count', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'label', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'label_is_derived', 'type': 'integer', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['outlet_id'], 'reference': {'resource': 'outlets', 'fields': ['id']}}]}},
 {'name': 'claim_groups',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'claim_groups'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'subject_id', 'type': 'string'},
                        {'name': 'metric', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'unit', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'status', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'disagreements', 'type': 'string'},
                        {'name': 'article_count', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'claim_count', 'type': 'integer', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['subject_id'], 'reference': {'resource': 'organisations', 'fields': ['id']}}]},
  'description': 'The same claim (subject, metric, kind of unit) as every article printed it.'},
 {'name': 'products',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'products'}},
  'schema': {'fields': [{'name': 'kind', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'maker_id', 'type': 'string'},
                        {'name': 'id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'name', 'type': 'string', 'constraints': {'required': True, 'unique': True}},
                        {'name': 'found_by', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'confidence', 'type': 'number', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['maker_id'], 'reference': {'resource': 'organisations', 'fields': ['id']}}]}},
 {'name': 'quote_groups',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'quote_groups'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'speaker_id', 'type': 'string'},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'article_count', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'quote_count', 'type': 'integer', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['speaker_id'], 'reference': {'resource': 'people', 'fields': ['id']}}]},
  'description': 'One utterance, however many articles printed it.'},
 {'name': 'claims',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'claims'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'group_id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'value', 'type': 'number', 'constraints': {'required': True}},
                        {'name': 'unit', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'scale', 'type': 'string'},
                        {'name': 'also_value', 'type': 'number'},
                        {'name': 'also_unit', 'type': 'string'},
                        {'name': 'direction', 'type': 'string'},
                        {'name': 'metric', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'subject_id', 'type': 'string'},
                        {'name': 'period', 'type': 'string'},
                        {'name': 'period_as_written', 'type': 'string'},
                        {'name': 'scope', 'type': 'string'},
                        {'name': 'source', 'type': 'string'},
                        {'name': 'modality', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'qualifier', 'type': 'string'},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'value_high', 'type': 'number'},
                        {'name': 'precision', 'type': 'number'},
                        {'name': 'metric_cue', 'type': 'string'},
                        {'name': 'moment', 'type': 'string'},
                        {'name': 'reading_order', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['group_id'], 'reference': {'resource': 'claim_groups', 'fields': ['id']}},
                             {'fields': ['subject_id'], 'reference': {'resource': 'organisations', 'fields': ['id']}}]},
  'description': "A number an article states, normalised; the span is the number's words."},
 {'name': 'mentions',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'mentions'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'kind', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'entity_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'organisation_id', 'type': 'string'},
                        {'name': 'person_id', 'type': 'string'},
                        {'name': 'product_id', 'type': 'string'},
                        {'name': 'place_id', 'type': 'string'},
                        {'name': 'rule', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'confidence', 'type': 'number', 'constraints': {'required': True}},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'reading_order', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['organisation_id'],
                              'reference': {'resource': 'organisations', 'fields': ['id']}},
                             {'fields': ['person_id'], 'reference': {'resource': 'people', 'fields': ['id']}},
                             {'fields': ['place_id'], 'reference': {'resource': 'places', 'fields': ['id']}},
                             {'fields': ['product_id'], 'reference': {'resource': 'products', 'fields': ['id']}}]},
  'description': 'One stretch of an article that names an entity. Exactly one of the four\n'
                 'entity columns is set, matching `kind`; `entity_id` repeats it for views.'},
 {'name': 'paragraphs',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'paragraphs'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'position', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'reading_order', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}}]},
  'description': "A prose paragraph of an article's body (furniture removed)."},
 {'name': 'person_roles',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'person_roles'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'person_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'organisation_id', 'type': 'string'},
                        {'name': 'title', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'rule', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['organisation_id'],
                              'reference': {'resource': 'organisations', 'fields': ['id']}},
                             {'fields': ['person_id'], 'reference': {'resource': 'people', 'fields': ['id']}}]},
  'description': "A person's title at an organisation, as an article states it."},
 {'name': 'quotes',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'quotes'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'speaker_id', 'type': 'string'},
                        {'name': 'kind', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'cue', 'type': 'string'},
                        {'name': 'speaker_as_written', 'type': 'string'},
                        {'name': 'speaker_resolution', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'source', 'type': 'string'},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'reading_order', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['speaker_id'], 'reference': {'resource': 'people', 'fields': ['id']}}]},
  'description': 'Who said what, as one article printed it. The span is the quoted words\n'
                 '(inside the marks) or, for reported speech, the reported clause.'},
 {'name': 'removed_parts',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'removed_parts'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'kind', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'rule', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}}]},
  'description': 'What the cleaner kept out of `body`, and why: the audit trail of cleaning.'},
 {'name': 'quote_group_members',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'quote_group_members'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'group_id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'quote_id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'match', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'score', 'type': 'number', 'constraints': {'required': True}},
                        {'name': 'difference', 'type': 'string'},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['group_id'], 'reference': {'resource': 'quote_groups', 'fields': ['id']}},
                             {'fields': ['quote_id'], 'reference': {'resource': 'quotes', 'fields': ['id']}}]},
  'description': "A printed quote carrying an utterance; the span is that utterance's words."},
 {'name': 'sentences',
  'type': 'table',
  'path': None,
  'scheme': 'sqlite',
  'format': 'sql',
  'dialect': {'sql': {'table': 'sentences'}},
  'schema': {'fields': [{'name': 'id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'article_id', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'paragraph_id', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'position', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_start', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'span_end', 'type': 'integer', 'constraints': {'required': True}},
                        {'name': 'text', 'type': 'string', 'constraints': {'required': True}},
                        {'name': 'reading_order', 'type': 'string', 'constraints': {'required': True}}],
             'primaryKey': ['id'],
             'foreignKeys': [{'fields': ['article_id'], 'reference': {'resource': 'articles', 'fields': ['id']}},
                             {'fields': ['paragraph_id'], 'reference': {'resource': 'paragraphs', 'fields': ['id']}}]}}]

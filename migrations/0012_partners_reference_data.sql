-- The partners module's reference data (data only), managed afterwards from /app/admin: programs and volets are closed
-- with an end date (valid_to), never deleted. Dates are the programs' first and last fiscal years as the directorate
-- records them; adjust them in the admin screens if the ministry's records say otherwise.
INSERT INTO "partners"."programs" ("code", "name_fr", "name_en", "valid_from", "valid_to", "sort_order") VALUES
('PAC', 'Programme d’appui aux collectivités', 'Community Support Program', '2019-04-01', NULL, 10),
('PASI', 'Programme d’accompagnement et de soutien à l’intégration', 'Integration Support and Assistance Program', '2019-04-01', NULL, 20),
('SAM', 'Programme de soutien à la mission', 'Mission Support Program', '2019-04-01', NULL, 30),
('MD', 'Programme Mobilisation-Diversité', 'Mobilisation-Diversité Program', '2008-04-01', '2020-03-31', 40),
('PRI', 'Programme Réussir l’intégration', 'Réussir l’intégration Program', '2014-04-01', '2020-03-31', 50);
--> statement-breakpoint
INSERT INTO "partners"."program_volets" ("program_code", "code", "name_fr", "name_en", "valid_from", "valid_to", "sort_order") VALUES
('PAC', '1', 'Volet 1 — Municipalités et MRC ayant un plan d’action', 'Component 1 — Municipalities and RCMs with an action plan', '2019-04-01', NULL, 10),
('PAC', '2', 'Volet 2 — Organismes à but non lucratif et coopératives', 'Component 2 — Non-profit organizations and cooperatives', '2019-04-01', NULL, 20),
('PASI', 'AQ', 'Soutien à Accompagnement Québec', 'Support to Accompagnement Québec', '2019-04-01', NULL, 10),
('PASI', 'PP', 'Pleine participation', 'Full participation', '2019-04-01', NULL, 20),
('PASI', 'RPE', 'Personnes réfugiées prises en charge par l’État', 'Government-assisted refugees', '2019-04-01', NULL, 30),
('PASI', 'DA', 'Demandeurs d’asile', 'Asylum seekers', '2019-04-01', NULL, 40),
('PASI', 'INN', 'Innovation', 'Innovation', '2019-04-01', NULL, 50),
('SAM', 'M', 'Soutien à la mission globale', 'Core mission support', '2019-04-01', NULL, 10),
('MD', 'G', 'Volet général', 'General component', '2008-04-01', '2020-03-31', 10),
('PRI', 'G', 'Volet général', 'General component', '2014-04-01', '2020-03-31', 10);
--> statement-breakpoint
INSERT INTO "partners"."action_kinds" ("code", "name_fr", "name_en", "sort_order", "valid_from") VALUES
('intercultural_meals', 'Brunchs et soupers interculturels', 'Intercultural brunches and suppers', 10, '2019-01-01'),
('regional_initiation', 'Activités d’initiation aux réalités régionales', 'Introductions to regional realities', 20, '2019-01-01'),
('origin_festivals', 'Fêtes des pays et continents d’origine', 'Festivals of countries and continents of origin', 30, '2019-01-01'),
('video_portraits', 'Capsules vidéo de portraits de personnes immigrantes', 'Video portraits of immigrant persons', 40, '2019-01-01'),
('awareness_campaigns', 'Campagnes médias et de sensibilisation', 'Media and awareness campaigns', 50, '2019-01-01'),
('school_tours', 'Tournées de sensibilisation dans les écoles', 'Awareness tours in schools', 60, '2019-01-01'),
('pairing', 'Jumelage linguistique et interculturel', 'Linguistic and intercultural pairing', 70, '2019-01-01'),
('employer_sessions', 'Séances d’information aux employeurs sur le recrutement international', 'Information sessions for employers on international recruitment', 80, '2019-01-01'),
('cultural_outings', 'Sorties culturelles et conférences sur l’histoire régionale', 'Cultural outings and talks on regional history', 90, '2019-01-01'),
('integration_talks', 'Ateliers-causeries sur les clés de l’intégration', 'Talks on the keys to integration', 100, '2019-01-01'),
('networking', '5 à 7 de réseautage', 'Networking 5 à 7s', 110, '2019-01-01'),
('welcome_guides', 'Guides d’accueil pour les personnes immigrantes', 'Welcome guides for immigrant persons', 120, '2019-01-01');

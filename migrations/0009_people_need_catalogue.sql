-- The needs catalogue of Accompagnement Québec under the four volets of the individualized action plan (data only).
-- Managed afterwards from /app/admin/besoins: needs are retired with an end date (valid_to), never deleted.
INSERT INTO "people"."need_catalogue" ("code", "volet", "label_fr", "label_en", "sort_order", "valid_from") VALUES
('housing', 'installation', 'Logement', 'Housing', 10, '2019-01-01'),
('temporary_housing', 'installation', 'Hébergement temporaire', 'Temporary housing', 20, '2019-01-01'),
('health_insurance_card', 'installation', 'Carte d’assurance maladie (RAMQ)', 'Health insurance card (RAMQ)', 30, '2019-01-01'),
('social_insurance_number', 'installation', 'Numéro d’assurance sociale', 'Social insurance number', 40, '2019-01-01'),
('daycare', 'installation', 'Service de garde', 'Daycare', 50, '2019-01-01'),
('children_schooling', 'installation', 'Scolarisation des enfants', 'Schooling of children', 60, '2019-01-01'),
('banking', 'installation', 'Services bancaires', 'Banking', 70, '2019-01-01'),
('public_transit', 'installation', 'Transport en commun', 'Public transit', 80, '2019-01-01'),
('drivers_licence', 'installation', 'Permis de conduire', 'Driver’s licence', 90, '2019-01-01'),
('french_courses', 'francisation', 'Cours de français', 'French courses', 10, '2019-01-01'),
('french_for_work', 'francisation', 'Français pour le travail', 'French for work', 20, '2019-01-01'),
('credential_recognition', 'employment', 'Reconnaissance des diplômes et des compétences', 'Recognition of credentials and skills', 10, '2019-01-01'),
('job_search', 'employment', 'Recherche d’emploi', 'Job search', 20, '2019-01-01'),
('professional_orders', 'employment', 'Ordres professionnels', 'Professional orders', 30, '2019-01-01'),
('entrepreneurship', 'employment', 'Entrepreneuriat', 'Entrepreneurship', 40, '2019-01-01'),
('community_life', 'community', 'Bénévolat et vie communautaire', 'Volunteering and community life', 10, '2019-01-01'),
('intercultural_connections', 'community', 'Rapprochement interculturel (jumelage)', 'Intercultural connections (matching)', 20, '2019-01-01'),
('recreation_sports', 'community', 'Loisirs et sports', 'Recreation and sports', 30, '2019-01-01'),
('legal_information', 'community', 'Information juridique', 'Legal information', 40, '2019-01-01'),
('health_social_services', 'installation', 'Services de santé et services sociaux', 'Health and social services', 100, '2019-01-01'),
('mental_health_support', 'installation', 'Soutien en santé mentale', 'Mental health support', 110, '2019-01-01');

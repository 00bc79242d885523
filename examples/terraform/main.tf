# Orders database (production), in Terraform: open the Problems panel, hover an argument,
# and run "AWS DB Architect: Diagram This Template" on this file or on the folder.

resource "aws_kms_key" "orders" {
  description         = "Orders database storage"
  enable_key_rotation = true
}

resource "aws_db_subnet_group" "orders" {
  name       = "orders-prod"
  subnet_ids = var.private_subnet_ids
}

resource "aws_security_group" "orders_db" {
  name   = "orders-db-prod"
  vpc_id = var.vpc_id
}

resource "aws_db_instance" "orders" {
  identifier                  = "orders-prod"
  engine                      = "postgres"
  engine_version              = "16.6"
  instance_class              = "db.r6g.large"
  allocated_storage           = 100
  storage_type                = "gp3"
  storage_encrypted           = false
  publicly_accessible         = true
  backup_retention_period     = 40
  multi_az                    = true
  db_subnet_group_name        = aws_db_subnet_group.orders.name
  vpc_security_group_ids      = [aws_security_group.orders_db.id]
  username                    = "orders_admin"
  manage_master_user_password = true
  deletion_protection         = true

  tags = {
    Environment = "production"
  }
}

resource "aws_rds_cluster" "reporting" {
  cluster_identifier          = "reporting-prod"
  engine                      = "aurora-postgresql"
  engine_version              = "16.6"
  storage_encrypted           = true
  kms_key_id                  = aws_kms_key.orders.arn
  db_subnet_group_name        = aws_db_subnet_group.orders.name
  vpc_security_group_ids      = [aws_security_group.orders_db.id]
  master_username             = "reporting_admin"
  manage_master_user_password = true
  backup_retention_period     = 14
  deletion_protection         = true

  serverlessv2_scaling_configuration {
    min_capacity = 0.5
    max_capacity = 16
  }

  tags = {
    Environment = "production"
  }
}

resource "aws_rds_cluster_instance" "reporting_writer" {
  cluster_identifier = aws_rds_cluster.reporting.id
  instance_class     = "db.serverless"
  engine             = aws_rds_cluster.reporting.engine
}

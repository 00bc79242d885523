provider "aws" {
  region = local.region
}

data "aws_availability_zones" "available" {
  # Exclude local zones
  filter {
    name   = "opt-in-status"
    values = ["opt-in-not-required"]
  }
}

locals {
  name   = "ex-${basename(path.cwd)}"
  region = "eu-west-1"

  vpc_cidr = "10.0.0.0/16"
  azs      = slice(data.aws_availability_zones.available.names, 0, 3)

  s3_prefix = "redshift/${local.name}/"

  tags = {
    Example    = local.name
    GithubRepo = "terraform-aws-redshift"
    GithubOrg  = "terraform-aws-modules"
  }
}

################################################################################
# Complete
################################################################################

module "redshift" {
  source = "../../"

  cluster_identifier    = local.name
  allow_version_upgrade = true
  node_type             = "ra3.xlplus"
  number_of_nodes       = 3

  database_name   = "mydb"
  master_username = "mydbuser"

  manage_master_password                       = true
  manage_master_password_rotation              = true
  master_password_rotation_schedule_expression = "rate(90 days)"

  encrypted   = true
  kms_key_arn = aws_kms_key.redshift.arn

  # Only available when using the ra3.x type
  availability_zone_relocation_enabled = true
  enhanced_vpc_routing                 = true
  vpc_id                               = module.vpc.vpc_id

  snapshot_copy = {
    destination_region = "us-east-1"
    grant_name         = aws_redshift_snapshot_copy_grant.useast1.snapshot_copy_grant_name
  }

  logging = {
    bucket_name   = module.s3_logs.s3_bucket_id
    s3_key_prefix = local.s3_prefix
  }

  # Parameter group
  parameter_group_name        = "${local.name}-custom"
  parameter_group_description = "Custom parameter group for ${local.name} cluster"
  parameter_group_parameters = [
    {
      name = "wlm_json_configuration"
      value = jsonencode([
        {
          query_concurrency = 15
        }
      ])
    },
    {
      name  = "require_ssl"
      value = true
    },
    {
      name  = "use_fips_ssl"
      value = false
    },
    {
      name  = "enable_user_activity_logging"
      value = true
    },
    {
      name  = "max_concurrency_scaling_clusters"
      value = 3
    },
    {
      name  = "enable_case_sensitive_identifier"
      value = true
    }
  ]
  parameter_group_tags = {
    Additional = "CustomParameterGroup"
  }

  # Subnet group
  subnet_group_name        = "${local.name}-custom"
  subnet_group_description = "Custom subnet group for ${local.name} cluster"
  subnet_ids               = module.vpc.redshift_subnets
  subnet_group_tags = {
    Additional = "CustomSubnetGroup"
  }

  # Snapshot schedule
  snapshot_schedule = {
    identifier    = local.name
    use_prefix    = true
    description   = "Example snapshot schedule"
    definitions   = ["rate(12 hours)"]
    force_destroy = true
  }

  # Scheduled actions
  create_scheduled_action_iam_role = true
  scheduled_actions = {
    pause = {
      name        = "${local.name}-pause"
      description = "Pause cluster every night"
      schedule    = "cron(0 22 * * ? *)"
      target_action = {
        pause_cluster = true
      }
    }
    resize = {
      name        = "${local.name}-resize"
      description = "Resize cluster (demo only)"
      schedule    = "cron(00 13 * * ? *)"
      target_action = {
        resize_cluster = {
          node_type       = "ds2.xlarge"
          number_of_nodes = 5
        }
      }
    }
    resume = {
      name        = "${local.name}-resume"
      description = "Resume cluster every morning"
      schedule    = "cron(0 12 * * ? *)"
      target_action = {
        resume_cluster = true
      }
    }
  }

  # Endpoint access - only available when using the ra3.x type
  endpoint_access = {
    example = {
      name                   = "${local.name}-example"
      subnet_group_name      = aws_redshift_subnet_group.endpoint.id
      vpc_security_group_ids = [module.security_group.security_group_id]
    }
  }

  # Usage limits
  usage_limits = {
    currency_scaling = {
      feature_type  = "concurrency-scaling"
      limit_type    = "time"
      amount        = 60
      breach_action = "emit-metric"
    }
    spectrum = {
      feature_type  = "spectrum"
      limit_type    = "data-scanned"
      amount        = 2
      breach_action = "disable"
      tags = {
        Additional = "CustomUsageLimits"
      }
    }
  }

  # Authentication profile
  authentication_profiles = {
    example = {
      name = "example"
      content = {
        AllowDBUserOverride = "1"
        Client_ID           = "ExampleClientID"
        App_ID              = "example"
      }
    }
    bar = {
      content = {
        AllowDBUserOverride = "1"
        Client_ID           = "ExampleClientID"
        App_ID              = "bar"
      }
    }
  }

  tags = local.tags
}

resource "aws_redshift_snapshot_copy_grant" "useast1" {
  # Grants are declared outside of module because they are generally performed
  # in the destination region and we do not embed multiple providers in the root module
  region = "us-east-1"

  snapshot_copy_grant_name = "${local.name}-us-east-1"
  kms_key_id               = aws_kms_key.redshift_us_east_1.arn

  tags = local.tags
}

################################################################################
# Cloudwatch Logging
################################################################################

module "with_cloudwatch_logging" {
  source = "../../"

  cluster_identifier = "${local.name}-with-cloudwatch-logging"
  node_type          = "ra3.large"

  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.redshift_subnets

  create_cloudwatch_log_group            = true
  cloudwatch_log_group_retention_in_days = 7
  logging = {
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }

  tags = local.tags
}

################################################################################
# Default
################################################################################

module "default" {
  source = "../../"

  cluster_identifier = "${local.name}-default"
  node_type          = "ra3.large"

  vpc_id     = module.vpc.vpc_id
  subnet_ids = module.vpc.redshift_subnets

  tags = local.tags
}

################################################################################
# Disabled
################################################################################

module "disabled" {
  source = "../../"

  create = false
}

################################################################################
# Supporting Resources
################################################################################

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "~> 6.0"

  name = local.name
  cidr = local.vpc_cidr

  azs              = local.azs
  private_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k)]
  redshift_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 10)]

  # Use subnet group created by module
  create_redshift_subnet_group = false

  tags = local.tags
}

module "security_group" {
  source  = "terraform-aws-modules/security-group/aws//modules/redshift"
  version = "~> 5.0"

  name        = local.name
  description = "Redshift security group"
  vpc_id      = module.vpc.vpc_id

  # Allow ingress rules to be accessed only within current VPC
  ingress_rules       = ["redshift-tcp"]
  ingress_cidr_blocks = [module.vpc.vpc_cidr_block]

  # Allow all rules for all protocols
  egress_rules = ["all-all"]

  tags = local.tags
}

resource "aws_kms_key" "redshift" {
  description             = "Customer managed key for encrypting Redshift cluster"
  deletion_window_in_days = 7
  enable_key_rotation     = true

  tags = local.tags
}

resource "aws_kms_key" "redshift_us_east_1" {
  region = "us-east-1"

  description             = "Customer managed key for encrypting Redshift snapshot cross-region"
  deletion_window_in_days = 7
  enable_key_rotation     = true

  tags = local.tags
}

data "aws_iam_policy_document" "s3_redshift" {
  statement {
    sid       = "RedshiftAcl"
    actions   = ["s3:GetBucketAcl"]
    resources = [module.s3_logs.s3_bucket_arn]

    principals {
      type        = "Service"
      identifiers = ["redshift.amazonaws.com"]
    }
  }

  statement {
    sid       = "RedshiftWrite"
    actions   = ["s3:PutObject"]
    resources = ["${module.s3_logs.s3_bucket_arn}/${local.s3_prefix}*"]
    condition {
      test     = "StringEquals"
      values   = ["bucket-owner-full-control"]
      variable = "s3:x-amz-acl"
    }

    principals {
      type        = "Service"
      identifiers = ["redshift.amazonaws.com"]
    }
  }
}

module "s3_logs" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 5.0"

  bucket_prefix = local.name
  acl           = "log-delivery-write"

  control_object_ownership = true
  object_ownership         = "ObjectWriter"

  attach_policy = true
  policy        = data.aws_iam_policy_document.s3_redshift.json

  attach_deny_insecure_transport_policy = true
  force_destroy                         = true

  tags = local.tags
}

resource "aws_redshift_subnet_group" "endpoint" {
  name       = "${local.name}-endpoint"
  subnet_ids = module.vpc.private_subnets

  tags = local.tags
}
